/**
 * Keyturn's Spanish style, as rules a test can apply to every message: the console speaks "usted"
 * (the register of the Azure portal in Spanish and of Microsoft Learn), uses Microsoft's terms, one
 * rendering per English term, and no colloquialisms. A rule names what is wrong and what to say instead.
 */
export type StyleRule = {
  readonly kind: "tú" | "term" | "colloquial";
  readonly pattern: RegExp;
  readonly instead: string;
};

export type StyleIssue = { readonly key: string; readonly word: string; readonly instead: string };

// Word edges that know accents and ñ (`\b` only knows ASCII letters).
const BEFORE = "(?<![\\p{L}\\p{N}])";
const AFTER = "(?![\\p{L}\\p{N}])";

/** Any of the words, as whole words, any case. */
const words = (alternatives: readonly string[]) =>
  new RegExp(`${BEFORE}(?:${alternatives.join("|")})${AFTER}`, "giu");

/**
 * Verb forms that are both a "tú" imperative and a third person ("Revisa los campos" / "Keyturn revisa
 * su estado"): flagged only where an imperative stands, at the start of a sentence or of a clause
 * joined by y/e/o ("Edita la conexión e introduce…").
 */
const imperatives = (alternatives: readonly string[]) =>
  new RegExp(`(?<=(?:^|[.,:;!?¿¡(«"“]\\s*|\\s(?:y|e|o)\\s))(?:${alternatives.join("|")})${AFTER}`, "giu");

const TU: readonly StyleRule[] = [
  {
    kind: "tú",
    pattern: words(["tú", "tu", "tus", "te", "ti", "contigo", "tuy[oa]s?"]),
    instead: "su, sus, le, usted",
  },
  {
    kind: "tú",
    pattern: words([
      "puedes",
      "tienes",
      "eres",
      "estás",
      "quieres",
      "quieras",
      "debes",
      "necesitas",
      "ves",
      "sabes",
      "has",
      "abriste",
      "empezaste",
      "iniciaste",
      "abrieras",
      "elijas",
      "reveles",
      "desplazarte",
      "quedarte",
      "asegúrate",
      "haz",
      "pon",
      "obtén",
      "pulsa",
      "elige",
      "pega",
      "mira",
    ]),
    instead: "la forma de usted (puede, tiene, haga, obtenga, seleccione…)",
  },
  {
    kind: "tú",
    pattern: imperatives([
      "abre",
      "activa",
      "agrega",
      "cambia",
      "comprueba",
      "confirma",
      "consulta",
      "corrige",
      "crea",
      "da",
      "desactiva",
      "descarga",
      "edita",
      "ejecuta",
      "escribe",
      "espera",
      "guarda",
      "inicia",
      "introduce",
      "pide",
      "quita",
      "regenera",
      "repite",
      "revisa",
      "selecciona",
      "usa",
      "ve",
      "vuelve",
    ]),
    instead: "el imperativo de usted (abra, active, escriba, seleccione, vuelva…)",
  },
  {
    // "Selecciónala", "inténtalo", "déjalo": the usted forms are "selecciónela", "inténtelo", "déjelo".
    kind: "tú",
    pattern: new RegExp(
      `${BEFORE}(?:(?:selecci[oó]n|c[oó]pi|regen[eé]r|d[eé]j|cons[eé]rv|c[aá]mbi|qu[ií]t|int[eé]nt|p[eé]g|act[ií]v|rev[ií]s|ed[ií]t|rec[aá]rg|gu[aá]rd|[uú]s|b[oó]rr|agr[eé]g)al[oa]s?|(?:escr[ií]b|[aá]br|vu[eé]lv|p[ií]d|el[ií]g|rep[ií]t)el[oa]s?)${AFTER}`,
      "giu",
    ),
    instead: "el imperativo de usted con pronombre (selecciónela, inténtelo, déjelo…)",
  },
];

const TERMS: readonly StyleRule[] = [
  {
    kind: "term",
    pattern: words([
      "llamador(?:es|a|as)?",
      "quien(?:es)? (?:lo |la |le )?llaman?",
      "autor(?:es)? de la llamada",
    ]),
    instead: "autores de llamadas (callers)",
  },
  { kind: "term", pattern: words(["cabeceras?"]), instead: "encabezado(s) (headers)" },
  {
    kind: "term",
    pattern: words(["petici[oó]n", "peticiones"]),
    instead: "solicitud (request; request body: Cuerpo de la solicitud)",
  },
  {
    kind: "term",
    pattern: words(["(?:tokens?|credencial(?:es)?) (?:de acceso )?bearer", "bearer tokens?"]),
    instead: "token de portador (bearer token)",
  },
  { kind: "term", pattern: words(["claims?"]), instead: "notificaciones (claims)" },
  { kind: "term", pattern: words(["avisos?"]), instead: "notificaciones (notifications)" },
  { kind: "term", pattern: words(["añad\\p{L}*"]), instead: "Agregar (Add)" },
  {
    kind: "term",
    pattern: words(["(?:quitar|limpiar|eliminar) (?:los )?filtros", "borrar los filtros"]),
    instead: "Borrar filtros (Clear filters)",
  },
  {
    kind: "term",
    pattern: words([
      "autenticación (?:basada en|por|con) (?:token|clave)",
      "basad[ao]s? en (?:tokens?|claves?)",
    ]),
    instead: "autenticación por tokens / por claves (token-based, key-based)",
  },
  { kind: "term", pattern: words(["recarg\\p{L}*"]), instead: "Volver a cargar (Reload)" },
  { kind: "term", pattern: words(["captur\\p{L}*"]), instead: "obtener (fetch a token)" },
  { kind: "term", pattern: words(["introduzcan?", "introducir"]), instead: "Escriba (Enter a value)" },
  // Windows' Clipboard is a name: Microsoft writes it with a capital letter.
  { kind: "term", pattern: new RegExp(`${BEFORE}portapapeles${AFTER}`, "gu"), instead: "Portapapeles" },
];

const COLLOQUIAL: readonly StyleRule[] = [
  { kind: "colloquial", pattern: words(["a mano"]), instead: "manualmente" },
  { kind: "colloquial", pattern: words(["enseguida"]), instead: "inmediatamente" },
  { kind: "colloquial", pattern: words(["un rato"]), instead: "un tiempo breve" },
  { kind: "colloquial", pattern: words(["toca"]), instead: "es necesario / pendiente" },
  { kind: "colloquial", pattern: words(["arranc\\p{L}*"]), instead: "iniciar(se)" },
  { kind: "colloquial", pattern: words(["en marcha"]), instead: "en ejecución" },
  {
    kind: "colloquial",
    pattern: words(["cae", "caen", "caída"]),
    instead: "deja de estar disponible, interrupción",
  },
  {
    kind: "colloquial",
    pattern: words(["vale", "genial", "ojo", "guay", "pincha\\p{L}*", "clica\\p{L}*"]),
    instead: "un registro formal",
  },
  // "ya" for "now" ("Ocultar ya", "Renovar ya") reads as spoken Spanish.
  { kind: "colloquial", pattern: new RegExp(`${BEFORE}ya(?=[.!]?$)`, "giu"), instead: "ahora" },
];

export const SPANISH_STYLE: readonly StyleRule[] = [...TU, ...TERMS, ...COLLOQUIAL];

// Placeholders are code, not words ({{name}}); they are left out of the check.
const withoutPlaceholders = (text: string) => text.replace(/\{\{[^}]*\}\}/g, " ");

/** What breaks the style in each message, in key order, with the word as written and what to say instead. */
export function styleIssues(
  messages: Iterable<readonly [string, string]>,
  rules: readonly StyleRule[] = SPANISH_STYLE,
): StyleIssue[] {
  const issues: StyleIssue[] = [];
  for (const [key, message] of messages) {
    const text = withoutPlaceholders(message);
    for (const rule of rules) {
      for (const match of text.matchAll(rule.pattern)) {
        issues.push({ key, word: match[0], instead: rule.instead });
      }
    }
  }
  return issues;
}

/**
 * One English term, one Spanish rendering: where the English message says the term, the Spanish one
 * says its rendering (a paraphrase that drops the term, "quien llama" for "callers", is a second one).
 */
export type TermPair = { readonly english: RegExp; readonly spanish: RegExp; readonly instead: string };

export const TERM_PAIRS: readonly TermPair[] = [
  { english: /\bcallers?\b/i, spanish: /autor(?:es)? de llamadas/i, instead: "autor(es) de llamadas" },
  { english: /\bheaders?\b/i, spanish: /encabezados?/i, instead: "encabezado(s)" },
  { english: /\brequest body\b/i, spanish: /cuerpo de la solicitud/i, instead: "Cuerpo de la solicitud" },
  { english: /\bbearer tokens?\b/i, spanish: /tokens? de portador/i, instead: "token de portador" },
  {
    english: /\b(?:claims?|notifications?)\b/i,
    spanish: /notificaci[oó]n(?:es)?/i,
    instead: "notificaciones",
  },
  { english: /^Add\b/, spanish: /^Agregar\b/, instead: "Agregar" },
  { english: /\bclear filters\b/i, spanish: /Borrar filtros/, instead: "Borrar filtros" },
  { english: /\btoken[- ]based\b/i, spanish: /por tokens/i, instead: "por tokens" },
  { english: /\bkey[- ]based\b/i, spanish: /por claves/i, instead: "por claves" },
  { english: /\boverview\b/i, spanish: /Información general/, instead: "Información general" },
  { english: /\bclipboard\b/i, spanish: /Portapapeles/, instead: "Portapapeles" },
];

/** The messages whose English says a term that their Spanish does not render as the glossary does. */
export function termIssues(
  english: ReadonlyMap<string, string>,
  spanish: ReadonlyMap<string, string>,
  pairs: readonly TermPair[] = TERM_PAIRS,
): StyleIssue[] {
  const issues: StyleIssue[] = [];
  for (const [key, message] of english) {
    const source = withoutPlaceholders(message);
    const translated = spanish.get(key);
    if (translated === undefined) continue; // a missing key is resources.test's to report
    for (const pair of pairs) {
      const said = source.match(pair.english);
      if (said && !pair.spanish.test(translated)) issues.push({ key, word: said[0], instead: pair.instead });
    }
  }
  return issues;
}

/** One line per issue, for a test's failure message: `key: «word» → instead`. */
export const describeIssue = (issue: StyleIssue) => `${issue.key}: «${issue.word}» → ${issue.instead}`;
