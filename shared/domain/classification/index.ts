/** EU AI Act classification: the questionnaire answers and the pure rule that classifies them. */
export * from './answers';
export * from './classify';
export * from './result';
