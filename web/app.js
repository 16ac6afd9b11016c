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

  enhanceMatrixFilter();
  enhanceReportTexts();
  enhanceUploadLimit();
  revealTarget();
  window.addEventListener("hashchange", revealTarget);
})();
