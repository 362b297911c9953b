/**
 * The five written outputs: each a title and a list of section builders (see document.ts). To add
 * a section for a new family of events, write a builder over OutputSource and add it to the list.
 */
import type { WrittenOutputKind } from '../../domain/writtenOutput/events';
import type { LedgerReadModels } from '../ledgerReadModels';
import type { AsOf } from '../timeTravel';
import { BLUEPRINT_SECTIONS } from './blueprintDocument';
import { CASE_STUDY_SECTIONS } from './caseStudy';
import { CHANGE_RECORD_SECTIONS } from './changeRecord';
import { composeDocument, type SectionBuilder, type WrittenDocument } from './document';
import { IMPLEMENTATION_SECTIONS } from './implementation';
import { INSIGHTS_SECTIONS } from './insights';
import { outputSourceOf } from './source';

export type { Section, Statement, WrittenDocument } from './document';

export const WRITTEN_OUTPUT_DOCUMENTS: Readonly<
  Record<WrittenOutputKind, { readonly title: string; readonly sections: readonly SectionBuilder[] }>
> = {
  insights: { title: 'Insights: challenges and opportunities', sections: INSIGHTS_SECTIONS },
  changeRecord: { title: 'Record of changes to processes and structures', sections: CHANGE_RECORD_SECTIONS },
  blueprint: { title: 'The local blueprint', sections: BLUEPRINT_SECTIONS },
  implementation: { title: 'Implementing the blueprint', sections: IMPLEMENTATION_SECTIONS },
  caseStudy: { title: 'Methodology case study', sections: CASE_STUDY_SECTIONS },
};

/** A written output composed from the read models as they stand. */
export const writtenOutputIn = async (
  readModels: LedgerReadModels,
  programmeId: string,
  output: WrittenOutputKind,
): Promise<WrittenDocument> => {
  const { title, sections } = WRITTEN_OUTPUT_DOCUMENTS[output];
  return composeDocument(output, title, sections, await outputSourceOf(readModels, programmeId));
};

/** A written output now, or as of a past moment (on either axis). */
export const writtenOutput = (
  readModels: LedgerReadModels,
  programmeId: string,
  output: WrittenOutputKind,
  asOf?: AsOf,
): Promise<WrittenDocument> =>
  asOf
    ? readModels.asOf(programmeId, asOf, (past) => writtenOutputIn(past, programmeId, output))
    : writtenOutputIn(readModels, programmeId, output);
