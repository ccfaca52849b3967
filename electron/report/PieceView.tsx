import { assertNever } from '../../shared/domain/assertNever';
import type { Lang } from '../../shared/catalog/types';
import type { Block } from '../../shared/report/model';
import { Table } from './blocks/Table';
import { Bullets, Facts, Heading, Kpis, Paragraph } from './blocks/TextBlocks';
import { BarChart } from './charts/Bars';
import { Gantt } from './charts/Gantt';
import { Heatmaps } from './charts/Heatmaps';
import { RadarCharts } from './charts/Radar';
import type { Piece } from './plan';

function BlockView({ block, lang }: { block: Block; lang: Lang }) {
  switch (block.kind) {
    case 'heading':
      return <Heading text={block.text} />;
    case 'paragraph':
      return <Paragraph text={block.text} style={block.style} />;
    case 'facts':
      return <Facts facts={block.facts} />;
    case 'bullets':
      return <Bullets items={block.items} />;
    case 'kpis':
      return <Kpis items={block.items} />;
    case 'table':
      return <Table columns={block.columns} rows={block.rows} heights={[]} start={0} empty={block.empty} />;
    case 'radar':
      return <RadarCharts charts={block.charts} legend={block.legend} lang={lang} />;
    case 'bars':
      return <BarChart bars={block.bars} legend={block.legend} lang={lang} />;
    case 'heatmaps':
      return <Heatmaps maps={block.maps} legend={block.legend} xAxis={block.xAxis} yAxis={block.yAxis} />;
    case 'gantt':
      return (
        <Gantt
          ticks={block.ticks}
          rows={block.rows}
          legend={block.legend}
          empty={block.empty}
          done={block.done}
          showLegend
        />
      );
    default:
      return assertNever(block, 'block');
  }
}

/** One planned piece of a page: a whole block, or the rows of a table or roadmap that land on this page. */
export function PieceView({ piece, lang }: { piece: Piece; lang: Lang }) {
  switch (piece.kind) {
    case 'block':
      return <BlockView block={piece.block} lang={lang} />;
    case 'table':
      return (
        <Table
          columns={piece.block.columns}
          rows={piece.rows}
          heights={piece.heights}
          start={piece.start}
          empty={piece.block.empty}
        />
      );
    case 'gantt':
      return (
        <Gantt
          ticks={piece.block.ticks}
          rows={piece.rows}
          legend={piece.block.legend}
          empty={piece.block.empty}
          done={piece.block.done}
          showLegend={piece.last}
        />
      );
    default:
      return assertNever(piece, 'piece');
  }
}
