/**
 * Finds user-visible text written straight into JSX (instead of coming from next-intl messages):
 * JSX text with letters, string literals in text-bearing attributes (aria-label, title, placeholder,
 * alt, label ...), and string literals rendered as children (`{"Yes"}`, `{ok ? "Yes" : "No"}`).
 * Proper nouns and technical tokens in ALLOWED are not text to translate.
 */
import { readFileSync } from "node:fs";
import ts from "typescript";

/** Proper nouns, product names, formats and symbols that read the same in every language. */
export const ALLOWED = new Set([
  "Stepwise",
  "CNCF",
  "API",
  "REST",
  "OpenAPI",
  "CSV",
  "PDF",
  "JSON",
  "YAML",
  "Markdown",
  "PNG",
  "URL",
  "ID",
  "SSO",
  "OIDC",
  "OpenID",
  "SAML",
  "HMAC",
  "SHA",
  "HTTP",
  "HTTPS",
  "GitHub",
  "GitLab",
  "Slack",
  "Keycloak",
  "Okta",
  "Entra",
  "Kubernetes",
  "Prometheus",
  "L",
  "A4",
  "Letter",
  "QR",
  "Bearer",
  "curl",
  "ms",
  // a version number's prefix ("v2")
  "v",
]);

const TEXT_ATTRIBUTES = new Set([
  "aria-label",
  "aria-description",
  "aria-placeholder",
  "aria-valuetext",
  "aria-roledescription",
  "title",
  "placeholder",
  "alt",
  "label",
  "summary",
]);

export type TFinding = { file: string; line: number; text: string };

/** True when `text` has a letter outside allowed tokens, placeholders-free code and URLs. */
export function isUserText(text: string): boolean {
  const words = text
    .replace(/https?:\/\/\S+/g, " ")
    .replace(/&[a-z]+;/g, " ")
    .match(/[\p{L}][\p{L}\p{N}_'’-]*/gu);
  if (!words) return false;
  return words.some((w) => !ALLOWED.has(w));
}

function stringsIn(node: ts.Node): ts.StringLiteralLike[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node];
  if (ts.isParenthesizedExpression(node)) return stringsIn(node.expression);
  if (ts.isConditionalExpression(node)) return [...stringsIn(node.whenTrue), ...stringsIn(node.whenFalse)];
  if (ts.isBinaryExpression(node)) {
    const op = node.operatorToken.kind;
    if (
      op === ts.SyntaxKind.AmpersandAmpersandToken ||
      op === ts.SyntaxKind.BarBarToken ||
      op === ts.SyntaxKind.QuestionQuestionToken
    )
      return [...stringsIn(node.left), ...stringsIn(node.right)];
  }
  if (ts.isTemplateExpression(node))
    return [node.head, ...node.templateSpans.map((s) => s.literal)] as unknown as ts.StringLiteralLike[];
  return [];
}

export function findHardcodedText(file: string, source = readFileSync(file, "utf8")): TFinding[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const findings: TFinding[] = [];
  const report = (node: ts.Node, text: string) => {
    if (!isUserText(text)) return;
    const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
    findings.push({ file, line: line + 1, text: text.trim().replace(/\s+/g, " ").slice(0, 80) });
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) report(node, node.text);
    else if (ts.isJsxAttribute(node) && node.initializer) {
      const name = node.name.getText(sf);
      if (TEXT_ATTRIBUTES.has(name)) {
        if (ts.isStringLiteral(node.initializer)) report(node.initializer, node.initializer.text);
        else if (ts.isJsxExpression(node.initializer) && node.initializer.expression)
          for (const s of stringsIn(node.initializer.expression)) report(s, s.text);
      }
    } else if (
      ts.isJsxExpression(node) &&
      node.expression &&
      (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))
    ) {
      for (const s of stringsIn(node.expression)) report(s, s.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return findings;
}
