import { test } from "node:test";
import assert from "node:assert/strict";
import { escapeAttribute, escapeHtml, escapeText, representable } from "./markup-escape.ts";
import { html, rawHtml } from "./html.ts";

test("XML text and attributes", () => {
  assert.equal(escapeText("a < b && c > d ]]> e"), "a &lt; b &amp;&amp; c &gt; d ]]&gt; e");
  assert.equal(escapeAttribute(`"q" 'a'\n\tx<&>`), "&quot;q&quot; &#39;a&#39;&#10;&#9;x&lt;&amp;&gt;");
  assert.equal(escapeText("line1\nline2\ttab"), "line1\nline2\ttab");
});

test("characters XML cannot carry become visible stand-ins; valid pairs survive", () => {
  assert.equal(representable("\u0000\u0001\u001b\u007f"), "\u2400\u2401\u241b\u2421");
  assert.equal(representable("a\ud800b\udc00c"), "a\uFFFDb\uFFFDc");
  assert.equal(representable("\uFFFE\uFFFF"), "\uFFFD\uFFFD");
  assert.equal(representable("emoji \ud83d\ude00 ok"), "emoji \ud83d\ude00 ok");
});

test("html`` escapes interpolations, never its own markup", () => {
  const evil = `<script>alert("x")</script>`;
  assert.equal(escapeHtml(evil), "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
  const out = html`<p title="${evil}">${evil}${[1, "<", html`<b>${"&"}</b>`]}${undefined}${false}${null}${rawHtml("<hr>")}</p>`;
  assert.equal(out.text, `<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;1&lt;<b>&amp;</b><hr></p>`);
});
