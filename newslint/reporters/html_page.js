/* newslint review page: open findings, filter, dismiss, export dismissals as a baseline file. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("newslint-data").textContent);
  var byId = {};
  data.findings.forEach(function (f) { byId[f.id] = f; });
  var order = data.findings.map(function (f) { return f.id; });
  var RANK = { error: 3, warning: 2, info: 1 };
  var storeKey = "newslint-review:" + data.report;
  var dismissed = new Set();
  var current = null;
  var quiet = false;  // set while focus returns to a number that should stay closed

  function all(selector) { return Array.prototype.slice.call(document.querySelectorAll(selector)); }
  function ref(id) { return document.getElementById("ref-" + id); }
  function card(id) { return document.getElementById("card-" + id); }
  function marks(id) { return all('mark[data-f~="' + id + '"]'); }
  function listItem(id) { return document.querySelector('.rule-group li[data-f="' + id + '"]'); }
  function say(text) { document.getElementById("status").textContent = text; }

  function open(id, focusCard) {
    if (current && current !== id) close(current, false);
    current = id;
    card(id).hidden = false;
    ref(id).setAttribute("aria-expanded", "true");
    marks(id).forEach(function (m) { m.classList.add("current"); });
    if (focusCard) card(id).focus();
  }

  function close(id, refocus) {
    card(id).hidden = true;
    ref(id).setAttribute("aria-expanded", "false");
    marks(id).forEach(function (m) { m.classList.remove("current"); });
    if (current === id) current = null;
    if (refocus) { quiet = true; ref(id).focus(); quiet = false; }  // focus events fire synchronously
  }

  function setDismissed(id, on) {
    if (on) dismissed.add(id); else dismissed.delete(id);
    card(id).querySelector(".dismiss").setAttribute("aria-pressed", on ? "true" : "false");
    card(id).classList.toggle("dismissed", on);
    ref(id).classList.toggle("dismissed", on);
    var base = ref(id).getAttribute("data-label") || ref(id).getAttribute("aria-label");
    ref(id).setAttribute("data-label", base);
    ref(id).setAttribute("aria-label", on ? base + ", dismissed" : base);
    listItem(id).classList.toggle("dismissed", on);
    document.getElementById("dismissed-count").textContent = String(dismissed.size);
    try { localStorage.setItem(storeKey, JSON.stringify(Array.from(dismissed))); } catch (e) { /* file or mail viewer without storage */ }
    applyFilters();
  }

  function toggleDismiss(id) {
    setDismissed(id, !dismissed.has(id));
    if (visible(id)) return;
    // Hidden now ("show dismissed" is off): carry on with the next finding, not the page top.
    var next = order.slice(order.indexOf(id) + 1).concat(order).filter(visible)[0];
    if (next) ref(next).focus();
  }

  function checked(name) {
    return new Set(all('#filters input[name="' + name + '"]:checked').map(function (i) { return i.value; }));
  }

  var shown = { severity: new Set(), group: new Set(), dismissed: true };

  function visible(id) {
    var f = byId[id];
    return shown.severity.has(f.severity) && shown.group.has(f.group) && (shown.dismissed || !dismissed.has(id));
  }

  function applyFilters() {
    shown = { severity: checked("severity"), group: checked("group"),
              dismissed: document.getElementById("show-dismissed").checked };
    order.forEach(function (id) {
      var on = visible(id);
      ref(id).hidden = !on;
      listItem(id).hidden = !on;
      if (!on && current === id) close(id, false);
    });
    all("mark.hl").forEach(restyle);
    all(".rule-group").forEach(function (g) {
      g.hidden = g.querySelectorAll("li:not([hidden])").length === 0;
    });
  }

  function restyle(mark) {
    var ids = mark.getAttribute("data-f").split(" ").filter(visible);
    var live = ids.filter(function (id) { return !dismissed.has(id); });
    var top = (live.length ? live : ids).reduce(function (best, id) {
      var s = byId[id].severity;
      return best && RANK[best] >= RANK[s] ? best : s;
    }, null);
    mark.classList.remove("sev-error", "sev-warning", "sev-info");
    if (top) mark.classList.add("sev-" + top);
    mark.classList.toggle("off", ids.length === 0);
    mark.classList.toggle("muted", ids.length > 0 && live.length === 0);
  }

  function step(delta) {
    var ids = order.filter(visible);
    if (!ids.length) return;
    var focused = document.activeElement && document.activeElement.closest("[data-f]");
    var at = ids.indexOf(current || (focused && focused.getAttribute("data-f")));
    var next = at < 0 ? (delta > 0 ? 0 : ids.length - 1) : (at + delta + ids.length) % ids.length;
    ref(ids[next]).focus();
    ref(ids[next]).scrollIntoView({ block: "center" });
  }

  function exportDecisions() {
    var entries = order.filter(function (id) { return dismissed.has(id); }).map(function (id) {
      var f = byId[id];
      return { path: f.path, rule: f.rule, sentence: f.sentence, text: f.text };
    });
    entries.sort(function (a, b) {
      var ka = [a.path, a.rule, a.sentence, a.text], kb = [b.path, b.rule, b.sentence, b.text];
      for (var i = 0; i < 4; i++) { if (ka[i] !== kb[i]) return ka[i] < kb[i] ? -1 : 1; }
      return 0;
    });
    var text = JSON.stringify({ version: 1, entries: entries }, null, 1) + "\n";
    var link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([text], { type: "application/json" }));
    link.download = "newslint-baseline.json";
    document.body.appendChild(link);
    link.click();
    setTimeout(function () { URL.revokeObjectURL(link.href); link.remove(); }, 1000);
    say("Exported " + entries.length + " dismissed finding" + (entries.length === 1 ? "" : "s") +
        " to newslint-baseline.json; put it in the folder where this report was made and run " +
        "newslint check --baseline newslint-baseline.json there to silence them.");
  }

  document.addEventListener("focusin", function (e) {
    var r = e.target.closest && e.target.closest("button.ref");
    if (r && !quiet) open(r.getAttribute("data-f"), false);
  });

  document.addEventListener("click", function (e) {
    var t = e.target;
    var r = t.closest("button.ref");
    if (r) { open(r.getAttribute("data-f"), true); return; }
    var m = t.closest("mark.hl");
    if (m) {
      var ids = m.getAttribute("data-f").split(" ").filter(visible);
      if (ids.length) open(ids[0], true);
      return;
    }
    var d = t.closest("button.dismiss");
    if (d) { toggleDismiss(d.getAttribute("data-dismiss")); return; }
    var c = t.closest("button.close");
    if (c) { close(c.getAttribute("data-close"), true); return; }
    var a = t.closest("a[data-open]");
    if (a) {
      e.preventDefault();
      var target = a.getAttribute("data-open");
      ref(target).focus();
      ref(target).scrollIntoView({ block: "center" });
    }
  });

  document.addEventListener("keydown", function (e) {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    var t = e.target;
    var typing = t.tagName === "TEXTAREA" || t.tagName === "SELECT" || t.isContentEditable ||
                 (t.tagName === "INPUT" && t.type !== "checkbox" && t.type !== "radio");
    if (typing) return;
    if (e.key === "Escape" && current) { close(current, true); e.preventDefault(); }
    else if (e.key === "n" || e.key === "j") { step(1); e.preventDefault(); }
    else if (e.key === "p" || e.key === "k") { step(-1); e.preventDefault(); }
    else if (e.key === "d" && current) { toggleDismiss(current); e.preventDefault(); }
  });

  document.getElementById("filters").addEventListener("change", applyFilters);
  document.getElementById("export").addEventListener("click", exportDecisions);

  all(".card").forEach(function (c) { c.hidden = true; });
  if (window.matchMedia && window.matchMedia("(max-width: 40rem)").matches) {
    document.getElementById("side-box").open = false;
  }
  applyFilters();
  try {
    JSON.parse(localStorage.getItem(storeKey) || "[]").forEach(function (id) {
      if (byId[id]) setDismissed(id, true);
    });
  } catch (e) { /* no storage: start with nothing dismissed */ }
  document.documentElement.classList.add("js");
})();
