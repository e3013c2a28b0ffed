import { describe, expect, it } from "vitest";
import { en } from "./en";
import { es } from "./es";
import { describeIssue, styleIssues, termIssues } from "./glossary";
import { flattenMessages } from "./messages";

const found = (...texts: string[]) =>
  styleIssues(texts.map((text, index) => [`probe${index}`, text] as const)).map((issue) => issue.word);

describe("Spanish style", () => {
  it("every Spanish message speaks usted, with Microsoft's terms and no colloquialisms", () => {
    // One line per issue: the key, the word as written, and what Keyturn says instead.
    expect(styleIssues(flattenMessages(es)).map(describeIssue)).toEqual([]);
  });

  it("renders each English term of the glossary the one way it says", () => {
    // One line per message: the key, the English term, and the Spanish rendering it lacks.
    expect(termIssues(flattenMessages(en), flattenMessages(es)).map(describeIssue)).toEqual([]);
  });

  it("catches a paraphrase that drops a term, and reads past placeholders", () => {
    const english = new Map([
      ["a", "Callers using the key are refused."],
      ["b", "Add a destination"],
      ["c", "{{header}}: the deployment's name"],
      ["d", "Request headers"],
    ]);
    const spanish = new Map([
      ["a", "Las llamadas con la clave se rechazan."],
      ["b", "Añadir un destino"],
      ["c", "{{header}}: el nombre de la implementación"],
      ["d", "Encabezados de la solicitud"],
    ]);
    expect(termIssues(english, spanish).map(describeIssue)).toEqual([
      "a: «Callers» → autor(es) de llamadas",
      "b: «Add» → Agregar",
    ]);
  });

  it("catches tú: pronouns, verb forms, imperatives and imperatives with a pronoun", () => {
    expect(
      found("Inicia sesión con tu cuenta", "Si puedes, elige uno", "Selecciónala y cópiala a mano"),
    ).toEqual(["tu", "Inicia", "puedes", "elige", "Selecciónala", "cópiala", "a mano"]);
    expect(
      found("Edita la conexión e introduce su secreto.", "Revisa estos campos:", "¿Te asigno uno?"),
    ).toEqual(["Edita", "introduce", "Revisa", "Te"]);
  });

  it("leaves usted, third persons and words that only contain a banned one", () => {
    expect(
      found(
        "Seleccione su cliente actual y vuelva a intentarlo.",
        "Pasa a ser: {{kind}}. Keyturn comprueba su estado y se vuelve a escribir.",
        "Inténtelo de nuevo: escríbala o déjelo vacío. Parte de un nombre, hasta que la región vuelve: {{tu}}.",
        "Authorization: Bearer y una clave",
      ),
    ).toEqual([]);
  });

  it("catches a second rendering of one English term", () => {
    expect(
      found(
        "Los llamadores envían cabeceras",
        "Cuerpo de la petición",
        "un token bearer",
        "Añadir conexión",
        "Quitar los filtros",
        "autenticación por token",
        "Recarga",
        "Introduzca el nombre",
        "Claims",
        "recibir avisos",
        "al portapapeles",
      ),
    ).toEqual([
      "llamadores",
      "cabeceras",
      "petición",
      "token bearer",
      "Añadir",
      "Quitar los filtros",
      "autenticación por token",
      "Recarga",
      "Introduzca",
      "Claims",
      "avisos",
      "portapapeles",
    ]);
  });
});
