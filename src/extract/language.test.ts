import { test } from "node:test";
import assert from "node:assert/strict";
import { detectLanguage } from "./language.js";
import { extractArticle } from "./index.js";

const SAMPLES: [string, string][] = [
  ["en", "The river rose two metres overnight and the old bridge was closed to traffic until engineers can inspect it."],
  ["de", "Der Fluss stieg über Nacht um zwei Meter, und die alte Brücke wurde gesperrt, bis Ingenieure sie prüfen können."],
  ["fr", "La rivière est montée de deux mètres pendant la nuit et le vieux pont a été fermé jusqu'à l'inspection des ingénieurs."],
  ["es", "El río subió dos metros durante la noche y el viejo puente quedó cerrado hasta que lo revisen los ingenieros."],
  ["ru", "За ночь река поднялась на два метра, и старый мост закрыли, пока инженеры не проверят его состояние."],
];

test("detectLanguage names the language of a paragraph", () => {
  for (const [language, text] of SAMPLES) assert.equal(detectLanguage(text), language, text);
});

test("detectLanguage answers 'und' for too little text", () => {
  assert.equal(detectLanguage(""), "und");
  assert.equal(detectLanguage("Ok."), "und");
});

test("an article in German is extracted as German", () => {
  const report = [
    "Hochwasser zwingt Hunderte zum Verlassen ihrer Häuser",
    "Von Anna Becker",
    "Starker Regen hat in der Nacht zum Mittwoch die Unterstadt überflutet. Rund 400 Menschen mussten ihre Wohnungen noch vor dem Morgengrauen verlassen.",
    "Die Feuerwehr teilte mit, drei Menschen seien mit leichten Verletzungen ins Krankenhaus gebracht worden. Vermisst werde niemand.",
    "Werbung",
    "Die Schulen im Tal bleiben bis Freitag geschlossen, und das Busunternehmen hat zwei Linien entlang des Flusses eingestellt.",
  ].join("\n\n");
  const article = extractArticle({ id: "de", source: "flood-de.txt", bytes: new TextEncoder().encode(report), contentType: "text/plain", fetchedAt: "" });
  assert.equal(article.language, "de");
  assert.equal(article.byline, "Anna Becker");
  assert.equal(article.paragraphs.length, 3);
  assert.equal(article.title, "Hochwasser zwingt Hunderte zum Verlassen ihrer Häuser");
});
