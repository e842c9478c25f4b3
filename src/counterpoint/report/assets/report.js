// Counterpoint report: optional enhancements. Everything works without this script.
(function () {
  "use strict";
  // Following an evidence link: make sure the highlighted sentence is visible.
  function reveal() {
    var id = decodeURIComponent(location.hash.slice(1));
    if (!id) return;
    var el = document.getElementById(id);
    if (!el) return;
    var d = el.closest("details");
    if (d) d.open = true;
    el.classList.remove("hidden");
    var doc = el.closest("article.doc");
    if (doc) doc.classList.remove("hidden");
  }
  window.addEventListener("hashchange", reveal);
  reveal();
  // Filter box (report file only): hide figure rows and documents that do not match.
  var box = document.getElementById("filter");
  if (!box) return;
  var count = document.getElementById("filter-count");
  var items = document.querySelectorAll("[data-search]");
  var lists = document.querySelectorAll("details.doc-list, details.more");  // closed long lists: opened to show matches
  box.addEventListener("input", function () {
    var words = box.value.toLowerCase().split(/\s+/).filter(Boolean);
    var shown = 0;
    if (words.length) lists.forEach(function (el) { el.open = true; });
    items.forEach(function (el) {
      var text = el.getAttribute("data-search") || "";
      var ok = words.every(function (w) { return text.indexOf(w) !== -1; });
      el.classList.toggle("hidden", !ok);
      if (ok) shown += 1;
    });
    count.textContent = words.length ? shown + " of " + items.length + " shown" : "";
  });
})();
