/**
 * Every rule id the ledger declares in src/ is asserted by at least one test. Rule ids are the
 * first argument of a rule error (`new ValidationError('RationaleRequired', …)`), the `rule` of an
 * object (`{ rule: 'ProgrammeInScope' }`), or a literal passed to a function's `rule` parameter
 * (`requireStatus(…, 'AgreeOnlyProposed', …)`); constants holding one are followed. A test names a
 * rule id as a quoted string.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const root = join(__dirname, '..');
const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? filesUnder(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );

/** The errors whose first argument is a rule id: DomainError and the classes extending it, anywhere in src. */
const ruleErrorClasses = (sources: ts.SourceFile[]): Set<string> => {
  const parents = new Map<string, string>();
  for (const source of sources)
    source.forEachChild(function visit(node): void {
      if (ts.isClassDeclaration(node) && node.name) {
        const base = node.heritageClauses?.[0]?.types[0]?.expression;
        if (base && ts.isIdentifier(base)) parents.set(node.name.text, base.text);
      }
      node.forEachChild(visit);
    });
  const isRuleError = (name: string | undefined, seen = 0): boolean =>
    name === 'DomainError' || (name !== undefined && seen < 10 && isRuleError(parents.get(name), seen + 1));
  return new Set([...parents.keys()].filter((name) => isRuleError(name)));
};

/** A rule id is one PascalCase word (a simple rule's text, or an enum's description, is not). */
const RULE_ID = /^[A-Z][a-z]+(?:[A-Z0-9][a-z0-9]*)+$/;

interface Found {
  readonly rule: string;
  readonly where: string;
}

export const ruleIdsIn = (files: string[]): Found[] => {
  const sources = files.map((file) =>
    ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true),
  );
  const errors = ruleErrorClasses(sources);
  const found: Found[] = [];
  /** Functions with a parameter named `rule`, by name: the parameter's position. */
  const ruleParameters = new Map<string, number>();
  const calls: { callee: string; args: readonly ts.Expression[]; source: ts.SourceFile }[] = [];

  for (const source of sources) {
    const constants = new Map<string, string>();
    source.forEachChild(function collect(node): void {
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
        if (ts.isStringLiteralLike(node.initializer)) constants.set(node.name.text, node.initializer.text);
        const fn = node.initializer;
        if (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) {
          const index = fn.parameters.findIndex((p) => ts.isIdentifier(p.name) && p.name.text === 'rule');
          if (index >= 0) ruleParameters.set(node.name.text, index);
        }
      }
      node.forEachChild(collect);
    });
    const literal = (expression: ts.Expression | undefined): string | undefined =>
      expression === undefined
        ? undefined
        : ts.isStringLiteralLike(expression)
          ? expression.text
          : ts.isIdentifier(expression)
            ? constants.get(expression.text)
            : undefined;
    const add = (expression: ts.Expression | undefined, node: ts.Node) => {
      const rule = literal(expression);
      const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      if (rule && RULE_ID.test(rule))
        found.push({ rule, where: `${relative(root, source.fileName)}:${line}` });
    };
    source.forEachChild(function visit(node): void {
      if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && errors.has(node.expression.text))
        add(node.arguments?.[0], node);
      if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && node.name.text === 'rule')
        add(node.initializer, node);
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression))
        calls.push({ callee: node.expression.text, args: node.arguments, source });
      node.forEachChild(visit);
    });
    for (const { callee, args } of calls.filter((call) => call.source === source)) {
      const index = ruleParameters.get(callee);
      if (index !== undefined) add(args[index], args[index] ?? source);
    }
  }
  // Calls in one file to a rule-taking function declared in another.
  for (const { callee, args, source } of calls) {
    const index = ruleParameters.get(callee);
    const argument = index === undefined ? undefined : args[index];
    if (argument && ts.isStringLiteralLike(argument) && RULE_ID.test(argument.text))
      found.push({
        rule: argument.text,
        where: `${relative(root, source.fileName)}:${source.getLineAndCharacterOfPosition(argument.getStart()).line + 1}`,
      });
  }
  return found;
};

const declared = ruleIdsIn(filesUnder(join(root, 'src')));
const testText = filesUnder(join(root, 'test'))
  .filter((file) => file !== __filename)
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');

describe('rule ids', () => {
  it('finds the rule ids the ledger declares, in every way it declares them', () => {
    const rules = new Set(declared.map(({ rule }) => rule));
    // One of each way: an error's argument, a constant, an object's rule, a rule parameter, a rule-taking helper.
    for (const rule of [
      'RationaleRequired',
      'BlueprintChangesInVersionOrder',
      'ProgrammeInScope',
      'AgreeOnlyProposed',
      'MetricExists',
      'RoleMayRecord',
      'KnownApiKey',
    ])
      expect(rules).toContain(rule);
  });

  it('are each asserted by at least one test', () => {
    const unasserted = declared
      .filter(({ rule }) => !testText.includes(`'${rule}'`) && !testText.includes(`"${rule}"`))
      .map(({ rule, where }) => `${rule} (${where})`);
    expect([...new Set(unasserted)].sort()).toEqual([]);
  });
});
