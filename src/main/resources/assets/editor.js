// The article editor's conveniences: formatting toolbar, word count, side-by-side preview, slug suggestion and
// autosave of drafts. The form works without this script; every request here has a plain-form equivalent.
(function () {
  "use strict";
  var form = document.querySelector("form.editor");
  if (!form) return;
  var body = form.querySelector("#body");
  var csrf = form.querySelector("input[name=_csrf]").value;

  function post(url, data) {
    return fetch(url, {
      method: "POST", credentials: "same-origin", body: data,
      headers: {"X-CSRF-Token": csrf, "Accept": "application/json"}
    }).then(function (response) {
      return response.json().then(function (json) { return {ok: response.ok, json: json}; });
    });
  }

  // Every field except files, as a URL-encoded body: the endpoints read the same fields as the form.
  function fields() {
    var data = new URLSearchParams();
    new FormData(form).forEach(function (value, name) {
      if (typeof value === "string" && name !== "action") data.append(name, value);
    });
    return data;
  }

  // --- toolbar: wraps the selection, or starts the selected lines, with Markdown marks ---
  var marks = {
    bold: {wrap: "**", placeholder: "bold text"},
    italic: {wrap: "*", placeholder: "italic text"},
    link: {before: "[", after: "](https://)", placeholder: "link text"},
    heading: {line: "## "},
    quote: {line: "> "},
    list: {line: "- "}
  };
  var toolbar = form.querySelector(".editor__toolbar");
  toolbar.hidden = false;
  toolbar.addEventListener("click", function (event) {
    var button = event.target.closest("button[data-mark]");
    if (!button) return;
    var mark = marks[button.getAttribute("data-mark")];
    var start = body.selectionStart, end = body.selectionEnd, text = body.value;
    var selected = text.slice(start, end);
    var replacement;
    if (mark.line) {
      var lineStart = text.lastIndexOf("\n", start - 1) + 1;
      selected = text.slice(lineStart, end);
      start = lineStart;
      replacement = selected.split("\n").map(function (line) { return mark.line + line; }).join("\n");
    } else {
      var before = mark.wrap || mark.before, after = mark.wrap || mark.after;
      replacement = before + (selected || mark.placeholder) + after;
    }
    body.setRangeText(replacement, start, end, "select");
    body.focus();
    changed();
  });

  // --- word count, counted as the server counts ---
  var count = form.querySelector("[data-word-count]");
  function countWords() {
    var words = body.value.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu);
    count.textContent = words ? words.length : 0;
  }

  // --- side-by-side preview, rendered by the server's own Markdown code ---
  var preview = form.querySelector("#body-preview");
  var toggle = form.querySelector("[data-preview-toggle]");
  var previewTimer = null;
  function renderPreview() {
    var data = new URLSearchParams();
    data.append("body", body.value);
    post("/desk/articles/render/", data).then(function (result) {
      if (result.ok) preview.innerHTML = result.json.html; // sanitised on the server, like the public page
    });
  }
  toggle.addEventListener("click", function () {
    var on = toggle.getAttribute("aria-pressed") !== "true";
    toggle.setAttribute("aria-pressed", String(on));
    preview.hidden = !on;
    form.classList.toggle("editor--side-by-side", on);
    if (on) renderPreview();
  });

  // --- slug suggested from the headline while the journalist has not typed one ---
  var title = form.querySelector("#title"), slug = form.querySelector("#slug");
  var slugTyped = slug.value !== "";
  slug.addEventListener("input", function () { slugTyped = slug.value !== ""; });
  var slugTimer = null;
  title.addEventListener("input", function () {
    if (slugTyped || form.getAttribute("data-status") === "published") return;
    clearTimeout(slugTimer);
    slugTimer = setTimeout(function () {
      var query = "?title=" + encodeURIComponent(title.value) + "&id=" + (form.getAttribute("data-article") || "0");
      fetch("/desk/articles/slug/" + query, {credentials: "same-origin", headers: {"Accept": "application/json"}})
        .then(function (r) { return r.json(); })
        .then(function (json) { if (!slugTyped && json.slug) slug.value = json.slug; });
    }, 400);
  });

  // --- autosave: drafts only, a few seconds after the last change ---
  var status = form.querySelector("[data-autosave-status]");
  var saveTimer = null;
  var autosaving = ["new", "draft"].indexOf(form.getAttribute("data-status")) >= 0;
  function autosave() {
    post(form.getAttribute("data-autosave"), fields()).then(function (result) {
      if (!result.ok) {
        status.textContent = result.json.error || "Not saved.";
        return;
      }
      status.textContent = "Draft saved " + result.json.savedAt + ".";
      if (!form.getAttribute("data-article")) {
        // The first autosave created the article: from now on this page edits it.
        form.setAttribute("data-article", String(result.json.id));
        form.setAttribute("action", result.json.editUrl);
        form.setAttribute("data-autosave", result.json.editUrl + "autosave/");
        history.replaceState(null, "", result.json.editUrl);
      }
    }).catch(function () { status.textContent = "Not saved: the connection failed. Your text is still here."; });
  }

  function changed() {
    countWords();
    if (!preview.hidden) {
      clearTimeout(previewTimer);
      previewTimer = setTimeout(renderPreview, 500);
    }
    if (autosaving) {
      clearTimeout(saveTimer);
      saveTimer = setTimeout(autosave, 5000);
    }
  }
  form.addEventListener("input", changed);
  form.addEventListener("submit", function () { clearTimeout(saveTimer); autosaving = false; });
})();
