// Corroborate web UI: small enhancements over pages that work fully without scripts.
// Loaded with `defer` from /assets/app.js; the CSP allows scripts from 'self' only, so nothing
// here is inline and no element carries an event attribute.
"use strict";

(function () {
  // Story page, matrix: "Only disputed rows" hides the agreed rows (shown by default and without JS).
  function enhanceMatrixFilter() {
    var toolbar = document.querySelector('[data-enhance="matrix-filter"]');
    var table = document.getElementById("matrix");
    var box = document.getElementById("matrix-only-disputed");
    if (!toolbar || !table || !box) return;
    toolbar.hidden = false;
    var apply = function () {
      table.classList.toggle("only-disputed", box.checked);
    };
    box.addEventListener("change", apply);
    apply(); // a checkbox the browser restored on back/forward
  }

  // Story page, reports: one button collapses or expands every report text (all open without JS).
  function enhanceReportTexts() {
    var toolbar = document.querySelector('[data-enhance="report-texts"]');
    var button = toolbar && toolbar.querySelector("[data-toggle-texts]");
    var bodies = document.querySelectorAll("details.report-body");
    if (!toolbar || !button || bodies.length === 0) return;
    toolbar.hidden = false;
    var label = function () {
      var anyOpen = Array.prototype.some.call(bodies, function (d) {
        return d.open;
      });
      button.textContent = anyOpen ? "Collapse all texts" : "Expand all texts";
      return anyOpen;
    };
    button.addEventListener("click", function () {
      var open = !label();
      bodies.forEach(function (d) {
        d.open = open;
      });
      label();
    });
    bodies.forEach(function (d) {
      d.addEventListener("toggle", label);
    });
    label();
  }

  // An evidence link may point into a text the reader collapsed: open every <details> around the
  // target, then scroll to it again now that it has a place on the page.
  function revealTarget() {
    var target = document.getElementById(fragmentId());
    if (!target) return;
    var opened = false;
    for (var node = target.parentElement; node; node = node.parentElement) {
      if (node.tagName === "DETAILS" && !node.open) {
        node.open = true;
        opened = true;
      }
    }
    if (opened) target.scrollIntoView({ block: "center" });
  }

  function fragmentId() {
    try {
      return decodeURIComponent(location.hash.slice(1));
    } catch (error) {
      return location.hash.slice(1); // not percent-encoded after all
    }
  }

  // Add page: warn before sending files larger in all than the server accepts.
  function enhanceUploadLimit() {
    var form = document.querySelector("form[data-max-bytes]");
    var input = form && form.querySelector('input[type="file"]');
    var warning = form && form.querySelector("[data-upload-warning]");
    if (!form || !input || !warning) return;
    var max = Number(form.getAttribute("data-max-bytes"));
    input.addEventListener("change", function () {
      var total = Array.prototype.reduce.call(
        input.files || [],
        function (sum, file) {
          return sum + file.size;
        },
        0,
      );
      var over = max > 0 && total > max;
      warning.hidden = !over;
      warning.textContent = over ? "These files come to " + megabytes(total) + ", over the " + megabytes(max) + " limit." : "";
    });
  }

  function megabytes(bytes) {
    return (bytes / (1024 * 1024)).toFixed(1) + " MB";
  }

  // Story page: an evidence link (matrix cell, disputed value, report name) opens its sentence in
  // the panel beside the page (a sheet from the bottom on phones) instead of jumping to the report
  // far below. The panel reads the sentence, its neighbours and the report's name, time and address
  // from the Reports section. Escape or the close button returns focus to the link.
  function enhanceEvidencePanel() {
    var panel = document.getElementById("evidence-panel");
    if (!panel) return;
    var part = function (name) {
      return panel.querySelector("[data-panel-" + name + "]");
    };
    var opener = null;

    function open(link) {
      var id = decodeURIComponent(link.getAttribute("href").slice(1));
      var sentence = document.getElementById(id);
      var report = sentence && sentence.closest("article.report");
      if (!sentence || !report) return false;
      var name = report.getAttribute("data-name");
      var published = report.getAttribute("data-published");
      var url = report.getAttribute("data-url");
      var title = report.getAttribute("data-title");
      part("name").textContent = name;
      fillMeta(part("meta"), published, url);
      fillText(part("text"), id, sentence, link.getAttribute("data-focus"));
      part("citation").value =
        "“" + sentence.textContent.trim() + "” " + [name, title ? "“" + title + "”" : "", published, url].filter(Boolean).join(", ");
      part("copied").textContent = "";
      part("report").setAttribute("href", "#" + encodeURIComponent(id));
      // In the matrix, focus goes back to the cell, the grid's tab stop, not the link inside it.
      if (opener) opener.classList.remove("is-open");
      opener = link.closest('[role="grid"] td') || link;
      opener.classList.add("is-open");
      // The page narrows to make room for the panel; keep the link where the reader's eyes are.
      var before = link.getBoundingClientRect().top;
      panel.hidden = false;
      document.body.classList.add("panel-open");
      window.scrollBy(0, link.getBoundingClientRect().top - before);
      part("name").focus({ preventScroll: true });
      return true;
    }

    function close() {
      if (panel.hidden) return;
      panel.hidden = true;
      document.body.classList.remove("panel-open");
      if (opener) {
        opener.classList.remove("is-open");
        opener.focus({ preventScroll: true });
      }
    }

    function fillMeta(meta, published, url) {
      meta.textContent = published ? published : "Undated";
      if (url) {
        var a = document.createElement("a");
        a.href = url;
        a.target = "_blank";
        a.rel = "noopener noreferrer nofollow";
        a.textContent = "Original page";
        meta.appendChild(document.createTextNode(" · "));
        meta.appendChild(a);
      }
    }

    // The sentence between its neighbours, the claim's own words marked when the link says where.
    function fillText(box, id, sentence, focus) {
      box.textContent = "";
      var base = id.slice(0, id.lastIndexOf("-s") + 2);
      var index = Number(id.slice(base.length));
      var before = document.getElementById(base + (index - 1));
      var after = document.getElementById(base + (index + 1));
      if (before) box.appendChild(span("context", before.textContent + " "));
      var stated = span("stated", "");
      var text = sentence.textContent;
      var range = focus ? focus.split("-").map(Number) : null;
      if (range && range[0] >= 0 && range[1] <= text.length && range[0] < range[1]) {
        stated.appendChild(document.createTextNode(text.slice(0, range[0])));
        var mark = document.createElement("mark");
        mark.textContent = text.slice(range[0], range[1]);
        stated.appendChild(mark);
        stated.appendChild(document.createTextNode(text.slice(range[1])));
      } else {
        stated.textContent = text;
      }
      box.appendChild(stated);
      if (after) box.appendChild(span("context", " " + after.textContent));
    }

    function span(className, text) {
      var el = document.createElement("span");
      el.className = className;
      el.textContent = text;
      return el;
    }

    document.addEventListener("click", function (event) {
      var link = event.target.closest && event.target.closest("a[data-evidence]");
      if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
      if (open(link)) event.preventDefault();
    });
    part("close").addEventListener("click", close);
    panel.addEventListener("keydown", function (event) {
      if (event.key === "Escape") close();
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && !panel.hidden && !panel.contains(document.activeElement)) close();
    });
    // "Read the whole report" leaves the panel for the sentence in its report.
    part("report").addEventListener("click", function () {
      panel.hidden = true;
      document.body.classList.remove("panel-open");
    });
    part("copy").addEventListener("click", function () {
      var text = part("citation").value;
      var done = function () {
        part("copied").textContent = "Copied";
      };
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(text).then(done, function () {
          selectCitation();
        });
      } else {
        selectCitation();
      }
    });
    function selectCitation() {
      part("citation").select();
      part("copied").textContent = "Selected: press Ctrl+C to copy";
    }
  }

  // Story page, matrix: one tab stop, arrow keys between cells (the ARIA grid pattern with a roving
  // tabindex), Home/End along a row, Ctrl+Home/End to the corners; Enter opens a cell's sentence.
  function enhanceMatrixGrid() {
    var table = document.querySelector("table[data-grid]");
    if (!table) return;
    table.setAttribute("role", "grid");
    var all = table.querySelectorAll("th, td");
    Array.prototype.forEach.call(all, function (cell) {
      cell.tabIndex = -1;
    });
    Array.prototype.forEach.call(table.querySelectorAll("a"), function (a) {
      a.tabIndex = -1;
    });
    var current = table.querySelector("tbody td") || all[0];
    current.tabIndex = 0;

    // Rows as shown: the "only disputed" filter hides some.
    function grid() {
      return Array.prototype.filter
        .call(table.rows, function (row) {
          return row.offsetParent !== null;
        })
        .map(function (row) {
          return Array.prototype.slice.call(row.cells);
        });
    }

    function moveTo(cell) {
      if (!cell) return;
      current.tabIndex = -1;
      current = cell;
      cell.tabIndex = 0;
      cell.focus();
    }

    table.addEventListener("keydown", function (event) {
      var rows = grid();
      var r = -1;
      var c = -1;
      rows.forEach(function (row, i) {
        var j = row.indexOf(event.target);
        if (j >= 0) {
          r = i;
          c = j;
        }
      });
      if (r < 0) return;
      var last = rows.length - 1;
      var target = null;
      if (event.key === "ArrowRight") target = rows[r][c + 1];
      else if (event.key === "ArrowLeft") target = rows[r][c - 1];
      else if (event.key === "ArrowDown") target = r < last ? rows[r + 1][c] : null;
      else if (event.key === "ArrowUp") target = r > 0 ? rows[r - 1][c] : null;
      else if (event.key === "Home") target = event.ctrlKey ? rows[0][0] : rows[r][0];
      else if (event.key === "End") target = event.ctrlKey ? rows[last][rows[last].length - 1] : rows[r][rows[r].length - 1];
      else if (event.key === "Enter" || event.key === " ") {
        var link = event.target.querySelector("a[data-evidence]");
        if (link) {
          event.preventDefault();
          link.click();
        }
        return;
      } else return;
      event.preventDefault();
      moveTo(target);
    });
    // "Only disputed points" may hide the cell holding the tab stop: move it to the first cell shown.
    var filter = document.getElementById("matrix-only-disputed");
    if (filter) {
      filter.addEventListener("change", function () {
        if (current.offsetParent !== null) return;
        current.tabIndex = -1;
        current = grid()[1] ? grid()[1][1] || grid()[0][0] : grid()[0][0];
        current.tabIndex = 0;
      });
    }
    // A click puts the tab stop where the reader is.
    table.addEventListener("click", function (event) {
      var cell = event.target.closest("th, td");
      if (cell && table.contains(cell)) {
        current.tabIndex = -1;
        current = cell;
        cell.tabIndex = 0;
      }
    });
  }

  enhanceMatrixFilter();
  enhanceMatrixGrid();
  enhanceEvidencePanel();
  enhanceReportTexts();
  enhanceUploadLimit();
  revealTarget();
  window.addEventListener("hashchange", revealTarget);
})();
