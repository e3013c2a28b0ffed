// Renders /api/openapi.json with DOM node APIs only (createElement, textContent), so it runs under the BFF's CSP with
// `require-trusted-types-for 'script'` and no inline script.
const METHODS = ["get", "post", "put", "patch", "delete"];

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs ?? {})) node.setAttribute(name, value);
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return node;
}

function schemaBlock(schema) {
  return el("pre", {}, JSON.stringify(schema, null, 2));
}

function operation(path, method, op) {
  const permission = op["x-keyturn-permission"] ?? "(none declared)";
  const badges = el(
    "p",
    {},
    el("span", { class: `badge ${permission === "public" ? "public" : ""}` }, `permission: ${permission}`),
    op["x-keyturn-step-up"] ? el("span", { class: "badge step-up" }, "step-up: recent sign-in") : null,
    op["x-keyturn-audit-action"]
      ? el("span", { class: "badge" }, `audited: ${op["x-keyturn-audit-action"]}`)
      : null,
  );
  const section = el(
    "section",
    { class: "op" },
    el("h3", {}, el("span", { class: `method ${method}` }, method), " ", el("span", { class: "path" }, path)),
    op.summary ? el("p", {}, op.summary) : null,
    badges,
  );
  if (op.parameters?.length) {
    const rows = op.parameters.map((p) =>
      el(
        "tr",
        {},
        el("td", {}, p.name),
        el("td", {}, p.in),
        el("td", {}, p.required ? "required" : "optional"),
      ),
    );
    section.append(
      el("table", {}, el("tr", {}, el("th", {}, "parameter"), el("th", {}, "in"), el("th", {}, "")), ...rows),
    );
  }
  const body = op.requestBody?.content?.["application/json"]?.schema;
  if (body) section.append(el("h4", {}, "Request body"), schemaBlock(body));
  const responses = el("details", {}, el("summary", {}, "Responses"));
  for (const [status, response] of Object.entries(op.responses ?? {})) {
    responses.append(el("p", {}, el("strong", {}, status), ` ${response.description ?? ""}`));
    const content = Object.values(response.content ?? {})[0];
    if (content?.schema) responses.append(schemaBlock(content.schema));
  }
  section.append(responses);
  return section;
}

async function main() {
  const target = document.getElementById("operations");
  const response = await fetch("/api/openapi.json");
  if (!response.ok) {
    target.replaceChildren(el("p", {}, `Could not load the OpenAPI document (${response.status}).`));
    return;
  }
  const doc = await response.json();
  const byTag = new Map();
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const tag = op.tags?.[0] ?? "other";
      if (!byTag.has(tag)) byTag.set(tag, []);
      byTag.get(tag).push(operation(path, method, op));
    }
  }
  const sections = [...byTag].map(([tag, ops]) => el("div", {}, el("h2", {}, tag), ...ops));
  const schemas = doc.components?.schemas ?? {};
  const components = Object.entries(schemas).map(([name, schema]) =>
    el("div", {}, el("h3", {}, name), schemaBlock(schema)),
  );
  target.replaceChildren(...sections, el("h2", {}, "Schemas"), ...components);
}

main().catch((err) => {
  document.getElementById("operations").replaceChildren(el("p", {}, `Failed: ${err.message}`));
});
