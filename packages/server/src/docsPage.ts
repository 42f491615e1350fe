import { createHash } from 'node:crypto';
import type { OpenApiDocument } from '@keylink/contract';

type Json = OpenApiDocument['paths'][string][string];

const escape = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

const objectOf = (value: Json | undefined): Record<string, Json> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {};
const arrayOf = (value: Json | undefined): Json[] => (Array.isArray(value) ? value : []);
const textOf = (value: Json | undefined): string => (typeof value === 'string' ? value : '');

const style = `
body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1c1f24;background:#fafafa}
main{max-width:980px;margin:0 auto;padding:32px 20px}
h1{margin:0 0 8px}h2{margin-top:40px;border-bottom:1px solid #ddd;padding-bottom:4px}
section{background:#fff;border:1px solid #e3e3e3;border-radius:8px;padding:16px;margin:16px 0}
code,pre{font:13px/1.45 ui-monospace,monospace}pre{background:#f3f4f6;padding:12px;border-radius:6px;overflow:auto}
.method{display:inline-block;min-width:64px;font-weight:700;color:#fff;border-radius:4px;padding:2px 8px;margin-right:8px;text-align:center}
.get{background:#1f6feb}.post{background:#1a7f37}.delete{background:#cf222e}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #eee;padding:6px 8px;text-align:left;vertical-align:top}
.auth{color:#57606a;font-size:13px}
`;

function schemaBlock(label: string, schema: Json | undefined): string {
  if (schema === undefined) return '';
  return `<details><summary>${escape(label)}</summary><pre>${escape(JSON.stringify(schema, null, 2))}</pre></details>`;
}

function operationHtml(path: string, method: string, operation: Record<string, Json>): string {
  const security = arrayOf(operation.security);
  const auth =
    security.length === 0
      ? 'No authentication'
      : 'secretKey' in objectOf(security[0])
        ? 'Authorization: Bearer &lt;secret key&gt; (host backend)'
        : 'Authorization: Bearer &lt;session token&gt; (widget)';
  const parameters = arrayOf(operation.parameters).map(objectOf);
  const parameterRows = parameters
    .map(
      (parameter) =>
        `<tr><td><code>${escape(textOf(parameter.name))}</code></td><td>${escape(textOf(parameter.in))}</td><td>${parameter.required === true ? 'required' : 'optional'}</td><td><code>${escape(JSON.stringify(parameter.schema ?? {}))}</code></td></tr>`,
    )
    .join('');
  const body = objectOf(
    objectOf(objectOf(operation.requestBody).content)['application/json'],
  ).schema;
  const responses = Object.entries(objectOf(operation.responses))
    .map(([status, response]) => {
      const content = objectOf(objectOf(objectOf(response).content)['application/json']).schema;
      return `<tr><td><code>${escape(status)}</code></td><td>${escape(textOf(objectOf(response).description))}${schemaBlock('Schema', content)}</td></tr>`;
    })
    .join('');
  return `<section id="${escape(textOf(operation.operationId))}">
<h3><span class="method ${escape(method)}">${escape(method.toUpperCase())}</span><code>${escape(path)}</code></h3>
<p>${escape(textOf(operation.summary))}</p><p>${escape(textOf(operation.description))}</p><p class="auth">${auth}</p>
${parameters.length === 0 ? '' : `<table><thead><tr><th>Parameter</th><th>In</th><th></th><th>Schema</th></tr></thead><tbody>${parameterRows}</tbody></table>`}
${schemaBlock('Request body', body)}
<h4>Responses</h4><table><tbody>${responses}</tbody></table>
</section>`;
}

/**
 * The API reference as one self-contained HTML page, rendered from the OpenAPI document: no
 * script at all, one inline stylesheet allowed by its hash in the Content-Security-Policy.
 */
export function renderDocsPage(document: OpenApiDocument): { html: string; csp: string } {
  const operations = Object.entries(document.paths)
    .flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) =>
        operationHtml(path, method, objectOf(operation)),
      ),
    )
    .join('\n');
  const contents = Object.entries(document.paths)
    .flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => {
        const { operationId, summary } = objectOf(operation);
        return `<li><a href="#${escape(textOf(operationId))}"><code>${escape(method.toUpperCase())} ${escape(path)}</code></a> ${escape(textOf(summary))}</li>`;
      }),
    )
    .join('');
  const errors = document['x-error-codes']
    .map(({ code, status }) => `<tr><td><code>${escape(code)}</code></td><td>${status}</td></tr>`)
    .join('');
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escape(document.info.title)} reference</title><style>${style}</style></head>
<body><main>
<h1>${escape(document.info.title)} <small>${escape(document.info.version)}</small></h1>
<p>${escape(document.info.description).replace(/`([^`]+)`/g, '<code>$1</code>')}</p>
<p>Machine-readable: <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1).</p>
<nav aria-label="Endpoints"><ul>${contents}<li><a href="#error-codes">Error codes</a></li></ul></nav>
<h2>Endpoints</h2>
${operations}
<h2 id="error-codes">Error codes</h2>
<table><thead><tr><th>Code</th><th>HTTP status</th></tr></thead><tbody>${errors}</tbody></table>
</main></body></html>`;
  const styleHash = createHash('sha256').update(style).digest('base64');
  const csp = `default-src 'none'; style-src 'sha256-${styleHash}'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;
  return { html, csp };
}
