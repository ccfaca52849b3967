import type { Text } from '../types';
import type { OperatorRoleId } from './types';

/** Operator roles (Art. 3, Art. 25). Definitions are paraphrased (fact sheet §5.1, OJ point numbers). */
export interface OperatorRole {
  readonly id: OperatorRoleId;
  readonly ref: string;
  readonly name: Text;
  readonly definition: Text;
}

export const OPERATOR_ROLES: readonly OperatorRole[] = [
  {
    id: 'provider',
    ref: 'Art. 3(3)',
    name: { de: 'Anbieter', en: 'Provider' },
    definition: {
      de: 'Entwickelt ein KI-System oder KI-Modell mit allgemeinem Verwendungszweck (oder lässt es entwickeln) und bringt es unter eigenem Namen oder eigener Marke in Verkehr oder nimmt es in Betrieb – entgeltlich oder unentgeltlich.',
      en: 'Develops an AI system or general-purpose AI model, or has one developed, and places it on the market or puts it into service under its own name or trademark, whether for payment or free of charge.',
    },
  },
  {
    id: 'deployer',
    ref: 'Art. 3(4)',
    name: { de: 'Betreiber', en: 'Deployer' },
    definition: {
      de: 'Verwendet ein KI-System in eigener Verantwortung, außer im Rahmen einer persönlichen, nicht beruflichen Tätigkeit.',
      en: 'Uses an AI system under its own authority, except in the course of a personal, non-professional activity.',
    },
  },
  {
    id: 'importer',
    ref: 'Art. 3(6)',
    name: { de: 'Einführer', en: 'Importer' },
    definition: {
      de: 'In der Union ansässig; bringt ein KI-System in Verkehr, das den Namen oder die Marke einer in einem Drittland niedergelassenen Person trägt.',
      en: 'Located or established in the Union; places on the market an AI system bearing the name or trademark of a person established in a third country.',
    },
  },
  {
    id: 'distributor',
    ref: 'Art. 3(7)',
    name: { de: 'Händler', en: 'Distributor' },
    definition: {
      de: 'Jeder andere Akteur der Lieferkette außer Anbieter und Einführer, der ein KI-System auf dem Unionsmarkt bereitstellt.',
      en: 'Any other actor in the supply chain, apart from the provider and the importer, that makes an AI system available on the Union market.',
    },
  },
  {
    id: 'authorised-representative',
    ref: 'Art. 3(5)',
    name: { de: 'Bevollmächtigter', en: 'Authorised representative' },
    definition: {
      de: 'In der Union ansässig; hat von einem Anbieter aus einem Drittland einen schriftlichen Auftrag erhalten und nimmt in dessen Namen die Pflichten und Verfahren der KI-VO wahr.',
      en: 'Located or established in the Union; holds a written mandate from a third-country provider and carries out the obligations and procedures of the AI Act on its behalf.',
    },
  },
  {
    id: 'product-manufacturer',
    ref: 'Art. 25(3)',
    name: { de: 'Produkthersteller', en: 'Product manufacturer' },
    definition: {
      de: 'Bringt ein KI-System zusammen mit seinem eigenen Produkt unter eigenem Namen oder eigener Marke in Verkehr (Art. 2 Abs. 1 lit. e); bei einem Hochrisiko-Sicherheitsbauteil nach Anhang I gilt er als Anbieter.',
      en: 'Places an AI system on the market together with its own product and under its own name or trademark (Art. 2(1)(e)); for an Annex I high-risk safety component it counts as the provider.',
    },
  },
];

export function operatorRole(id: OperatorRoleId): OperatorRole {
  const role = OPERATOR_ROLES.find((r) => r.id === id);
  if (!role) throw new Error(`unknown operator role ${id}`);
  return role;
}

/**
 * Art. 25(1): a distributor, importer, deployer or other third party becomes the provider of a high-risk
 * AI system if it (a) puts its name or trademark on it, (b) substantially modifies it, or (c) changes its
 * intended purpose so that it becomes high-risk. [V] S7
 */
export const ROLE_FLIP = {
  ref: 'Art. 25(1)',
  appliesTo: ['deployer', 'importer', 'distributor'] as readonly OperatorRoleId[],
  conditions: [
    {
      id: 'a',
      text: {
        de: 'eigener Name oder eigene Marke auf einem bereits in Verkehr gebrachten Hochrisiko-KI-System',
        en: 'puts its own name or trademark on a high-risk AI system already on the market',
      },
    },
    {
      id: 'b',
      text: {
        de: 'wesentliche Veränderung eines Hochrisiko-KI-Systems, das dadurch hochriskant bleibt',
        en: 'makes a substantial modification to a high-risk AI system that remains high-risk',
      },
    },
    {
      id: 'c',
      text: {
        de: 'Änderung der Zweckbestimmung eines KI-Systems, sodass es zum Hochrisiko-KI-System wird',
        en: 'changes the intended purpose of an AI system so that it becomes high-risk',
      },
    },
  ],
} as const;
