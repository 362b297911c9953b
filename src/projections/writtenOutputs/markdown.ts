/** A written output as Markdown: the title, each section's heading, and its statements as a list. */
import type { AsOf } from '../timeTravel';
import type { WrittenDocument } from './document';

/** Characters Markdown would read as formatting at the start of, or inside, a line of plain text. */
const inline = (text: string): string => text.replace(/([\\`*_[\]<>#|])/g, '\\$1').replace(/\s*\n\s*/g, ' ');

export const writtenOutputMarkdown = (document: WrittenDocument, asOfWords: string | null): string =>
  [
    `# ${inline(document.title)}`,
    '',
    ...(asOfWords ? [`_${inline(asOfWords)}_`, ''] : []),
    ...document.sections.flatMap((section) => [
      `## ${inline(section.heading)}`,
      '',
      ...section.statements.map((statement) => `- ${inline(statement.text)}`),
      '',
    ]),
  ].join('\n');

/** The line a document read as of a past moment carries, saying which moment. */
export const asOfWords = (asOf: AsOf | undefined): string | null => {
  if (!asOf) return null;
  return 'recordedAt' in asOf
    ? `As the ledger knew it on ${asOf.recordedAt}.`
    : `As it had happened by ${asOf.occurredAt}, with what is known today.`;
};
