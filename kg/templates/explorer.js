/* mbkg explorer. All data comes from untrusted articles: the DOM is built with
   textContent and createElement only, never innerHTML; vis-network draws labels on
   a canvas. */
(function () {
  "use strict";
  var DATA = JSON.parse(document.getElementById("kg-data").textContent);
  var META = DATA.meta, KINDS = DATA.kinds, NODES = DATA.nodes, EDGES = DATA.edges;
  var FACTS = DATA.facts, SENTS = DATA.sentences, ARTS = DATA.articles;
  var BIG = META.total > 2000;
  var NEIGHBOURS_ADDED = 60;  // neighbours drawn on a click, at most (the panel lists every fact)
  var EDGE_STYLES = {
    party: { label: "party", color: "#7d8b99", arrows: "" },
    claimant: { label: "claimant → dispute", color: "#d62728", arrows: "to", width: 2.5 },
    respondent: { label: "dispute → respondent", color: "#d62728", arrows: "to", width: 2.5 },
    acquirer: { label: "acquirer → acquisition", color: "#c0569f", arrows: "to", width: 2 },
    acquiree: { label: "acquisition → acquiree", color: "#c0569f", arrows: "to", width: 2 },
    binary: { label: "binary relation (works for, signed to, …)", color: "#4a5560", arrows: "to" }
  };
  var FACT_WORDS = {
    worksFor: "works for", signedTo: "signed to", performedBy: "performed by", operates: "operates",
    subsidiaryOf: "subsidiary of", withdrewCatalogFrom: "withdrew catalog from"
  };

  var byId = new Map();
  NODES.forEach(function (n, i) { n.i = i; byId.set(n.id, n); });
  var edgeById = new Map();
  var edgesOf = new Map();  // node id -> edges touching it
  EDGES.forEach(function (e) {
    edgeById.set(e.id, e);
    [e.from, e.to].forEach(function (id) {
      if (!edgesOf.has(id)) edgesOf.set(id, []);
      edgesOf.get(id).push(e);
    });
  });

  // --- small DOM helpers (text only) -------------------------------------------
  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
  function safeUrl(url) { return typeof url === "string" && /^https?:\/\//i.test(url) ? url : null; }
  function fmt(n) { return Number(n).toLocaleString("en"); }
  function short(s, n) { s = String(s); return s.length > n ? s.slice(0, n - 1) + "…" : s; }

  // --- vis data -----------------------------------------------------------------
  function visNode(n) {
    return { id: n.id, label: short(n.l, 40), group: n.k, size: n.s, x: n.x, y: n.y };
  }
  function visEdge(e) {
    var st = EDGE_STYLES[e.k] || EDGE_STYLES.binary;
    var out = { id: e.id, from: e.from, to: e.to, label: e.l, arrows: st.arrows,
                color: { color: st.color, highlight: st.color, opacity: 1 }, width: st.width || 1 };
    if (e.c > 0) out.smooth = { enabled: true, type: "curvedCW", roundness: 0.2 * e.c };
    return out;
  }
  var groups = {};
  Object.keys(KINDS).forEach(function (k) {
    groups[k] = { shape: "image", image: KINDS[k].image, color: { border: KINDS[k].color, background: KINDS[k].color } };
  });

  var shown = new Set();
  var kindOn = {}, edgeOn = {}, hiddenNodes = new Set();  // filters, filled by the legend below
  var nodes = new vis.DataSet();
  var edges = new vis.DataSet();
  var container = document.getElementById("kg-network");
  var options = {
    autoResize: true,
    physics: { enabled: false },
    layout: { improvedLayout: false, randomSeed: 1 },
    groups: groups,
    nodes: { shape: "image", font: { size: 14, face: "system-ui, sans-serif", strokeWidth: 3, strokeColor: "#ffffff" },
             shapeProperties: { interpolation: false }, scaling: { label: { drawThreshold: 6 } } },
    edges: { smooth: false, font: { size: 11, align: "horizontal", strokeWidth: 3, strokeColor: "#ffffff", color: "#4a5560" },
             arrows: { to: { scaleFactor: 0.6 } }, selectionWidth: 2 },
    interaction: { hover: false, multiselect: false, hideEdgesOnDrag: BIG, hideEdgesOnZoom: BIG, tooltipDelay: 200 }
  };

  function addNodes(list) {
    var fresh = [];
    list.forEach(function (n) { if (n && !shown.has(n.id)) { shown.add(n.id); fresh.push(n); } });
    nodes.add(fresh.map(visNode));  // drawn undimmed; highlight() dims them if needed
    var newEdges = [];
    var seen = new Set();
    fresh.forEach(function (n) {
      (edgesOf.get(n.id) || []).forEach(function (e) {
        if (!seen.has(e.id) && shown.has(e.from) && shown.has(e.to) && !edges.get(e.id)) {
          seen.add(e.id);
          newEdges.push(visEdge(e));
        }
      });
    });
    edges.add(newEdges);
    applyFilters();
    updateBanner();
  }

  addNodes(NODES.slice(0, META.initial));
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, options);
  window.network = network;
  var ready = false;
  network.once("afterDrawing", function () {
    ready = true;
    window.explorerReady = performance.now();
    document.body.setAttribute("data-ready", "1");
  });
  network.fit({ animation: false });

  // --- header, banner ---------------------------------------------------------------
  function updateBanner() {
    var banner = document.getElementById("kg-banner");
    var rest = META.total - shown.size;
    if (!META.truncated) { banner.hidden = true; return; }
    banner.hidden = false;
    document.getElementById("kg-banner-text").textContent = rest > 0
      ? "This graph has " + fmt(META.total) + " nodes: showing the " + fmt(shown.size) + " most central."
      : "Showing all " + fmt(META.total) + " nodes.";
    var more = document.getElementById("kg-more");
    var step = Math.min(META.initial, rest);
    more.textContent = "Show " + fmt(step) + " more";
    more.hidden = rest <= 0;
    var all = document.getElementById("kg-all");
    all.hidden = rest <= 0;
    all.textContent = rest > 5000 ? "Show all " + fmt(META.total) + " (slow)" : "Show all";
  }
  function showMore(count) {
    var next = [];
    for (var i = 0; i < NODES.length && next.length < count; i++) {
      if (!shown.has(NODES[i].id)) next.push(NODES[i]);
    }
    addNodes(next);
  }
  document.getElementById("kg-more").addEventListener("click", function () { showMore(META.initial); });
  document.getElementById("kg-all").addEventListener("click", function () { showMore(NODES.length); });

  // --- legend and filters -----------------------------------------------------------
  function legendItem(list, swatch, text, count, store, key) {
    var li = el("li"), label = el("label"), box = el("input");
    box.type = "checkbox"; box.checked = true; box.value = key;
    box.addEventListener("change", function () { store[key] = box.checked; applyFilters(); });
    store[key] = true;
    label.appendChild(box); label.appendChild(swatch); label.appendChild(el("span", null, text));
    label.appendChild(el("span", "kg-count", fmt(count)));
    li.appendChild(label); list.appendChild(li);
  }
  var kindCount = {};
  NODES.forEach(function (n) { kindCount[n.k] = (kindCount[n.k] || 0) + 1; });
  var legend = document.getElementById("kg-legend");
  Object.keys(KINDS).forEach(function (k) {
    if (!kindCount[k]) return;
    var img = el("img"); img.src = KINDS[k].image; img.alt = "";
    legendItem(legend, img, KINDS[k].label, kindCount[k], kindOn, k);
  });
  var edgeCount = {};
  EDGES.forEach(function (e) { var key = e.k === "binary" ? e.l : e.k; edgeCount[key] = (edgeCount[key] || 0) + 1; });
  var edgeLegend = document.getElementById("kg-edge-legend");
  var EDGE_ORDER = ["claimant", "respondent", "party", "acquirer", "acquiree"];
  function edgeRank(key) { var i = EDGE_ORDER.indexOf(key); return i < 0 ? EDGE_ORDER.length : i; }
  Object.keys(edgeCount).sort(function (a, b) { return edgeRank(a) - edgeRank(b) || (a < b ? -1 : a > b ? 1 : 0); })
    .forEach(function (key) {
    var st = EDGE_STYLES[key] || EDGE_STYLES.binary;
    var line = el("span", "kg-line"); line.style.borderTopColor = st.color;
    if (st.width) line.style.borderTopWidth = st.width + "px";
    legendItem(edgeLegend, line, EDGE_STYLES[key] ? st.label : key + " →", edgeCount[key], edgeOn, key);
  });

  var fromBox = document.getElementById("kg-from"), toBox = document.getElementById("kg-to");
  if (META.dates) { fromBox.min = toBox.min = META.dates[0].slice(0, 4) + "-01-01"; }
  function inRange(d) {
    var lo = fromBox.value, hi = toBox.value;
    if (!lo && !hi) return true;
    if (!d) return false;
    return (!lo || d[1] >= lo) && (!hi || d[0] <= hi);
  }
  function nodeVisible(n) {
    if (!kindOn[n.k]) return false;
    if (n.fact !== null && n.fact !== undefined) return inRange(FACTS[n.fact].d);
    return inRange(n.d);
  }
  function edgeVisible(e) {
    var key = e.k === "binary" ? e.l : e.k;
    if (edgeOn[key] === false) return false;
    if (hiddenNodes.has(e.from) || hiddenNodes.has(e.to)) return false;
    return e.k !== "binary" || inRange(FACTS[e.f].d);
  }
  function applyFilters() {
    if (!Object.keys(kindOn).length) return;  // legend not built yet
    var nodeUpdates = [], edgeUpdates = [];
    hiddenNodes = new Set();
    shown.forEach(function (id) {
      var n = byId.get(id), hide = !nodeVisible(n);
      if (hide) hiddenNodes.add(id);
      var cur = nodes.get(id);
      if (cur && !!cur.hidden !== hide) nodeUpdates.push({ id: id, hidden: hide });
    });
    edges.forEach(function (cur) {
      var hide = !edgeVisible(edgeById.get(cur.id));
      if (!!cur.hidden !== hide) edgeUpdates.push({ id: cur.id, hidden: hide });
    });
    if (nodeUpdates.length) nodes.update(nodeUpdates);
    if (edgeUpdates.length) edges.update(edgeUpdates);
  }
  fromBox.addEventListener("change", applyFilters);
  toBox.addEventListener("change", applyFilters);
  document.getElementById("kg-reset").addEventListener("click", function () {
    fromBox.value = ""; toBox.value = "";
    document.querySelectorAll(".kg-legend input").forEach(function (b) { b.checked = true; });
    Object.keys(kindOn).forEach(function (k) { kindOn[k] = true; });
    Object.keys(edgeOn).forEach(function (k) { edgeOn[k] = true; });
    applyFilters();
  });
  applyFilters();

  // --- neighbourhood highlight -----------------------------------------------------
  var dimmed = false;
  function neighbourhood(id) {
    var keep = new Set([id]);
    (edgesOf.get(id) || []).forEach(function (e) {
      var other = e.from === id ? e.to : e.from;
      keep.add(other);
      var o = byId.get(other);
      // Through a fact node, the fact's other parties belong to the neighbourhood too.
      if (o && o.fact !== null && o.fact !== undefined) {
        (edgesOf.get(other) || []).forEach(function (e2) { keep.add(e2.from); keep.add(e2.to); });
      }
    });
    return keep;
  }
  // Dimming sets the drawn items' options in place and redraws once: a DataSet update
  // costs ~0.1 ms per item (1,500 nodes: half a second), this costs ~50 ms in all. It
  // relies on vis-network 9.1.2 internals (body.nodes[id].options), hence the fallback.
  function dimInPlace(keep) {
    var B = network.body;
    if (!B || !B.nodes || !B.edges) return false;
    var ok = true;
    shown.forEach(function (id) {
      var n = B.nodes[id];
      if (!n || !n.options || !n.labelModule || !n.labelModule.fontOptions) { ok = false; return; }
      var off = !!keep && !keep.has(id);
      n.options.opacity = off ? 0.15 : 1;
      n.labelModule.fontOptions.color = off ? "rgba(29,35,42,0.2)" : "#1d232a";
    });
    Object.keys(B.edges).forEach(function (eid) {
      var ed = B.edges[eid], e = edgeById.get(eid);
      if (!e || !ed.options || !ed.options.color) return;
      var off = !!keep && !(keep.has(e.from) && keep.has(e.to));
      ed.options.color.opacity = off ? 0.12 : 1;
      if (ed.labelModule && ed.labelModule.fontOptions) ed.labelModule.fontOptions.color = off ? "rgba(74,85,96,0.15)" : "#4a5560";
    });
    network.redraw();
    return ok;
  }
  function highlight(keep) {
    dimmed = !!keep;
    if (dimInPlace(keep)) return;
    nodes.update(Array.from(shown).map(function (id) {
      var off = !!keep && !keep.has(id);
      return { id: id, opacity: off ? 0.15 : 1, font: { color: off ? "rgba(29,35,42,0.2)" : "#1d232a" } };
    }));
    edges.update(edges.getIds().map(function (eid) {
      var e = edgeById.get(eid), off = !!keep && !(keep.has(e.from) && keep.has(e.to));
      var st = EDGE_STYLES[e.k] || EDGE_STYLES.binary;
      return { id: eid, color: { color: st.color, highlight: st.color, opacity: off ? 0.12 : 1 } };
    }));
  }

  // --- details panel -----------------------------------------------------------------
  var panel = document.getElementById("kg-panel");
  function kindBadge(k) {
    var info = KINDS[k] || { label: FACT_WORDS[k] || k, color: "#4a5560" };
    var b = el("span", "kg-kind", info.label);
    b.style.background = info.color;
    return b;
  }
  function nodeLink(idx) {
    var n = NODES[idx], b = el("button", "kg-role", n.l);
    b.type = "button";
    b.addEventListener("click", function () { select(n.id); });
    return b;
  }
  function factTitle(f) {
    if (FACT_WORDS[f.kind]) {
      var subj = f.roles.filter(function (r) { return r[0] === "subject"; })[0];
      var obj = f.roles.filter(function (r) { return r[0] === "object"; })[0];
      var t = el("div", "kg-fact-title");
      if (subj) t.appendChild(nodeLink(subj[1]));
      t.appendChild(document.createTextNode(" " + FACT_WORDS[f.kind] + (f.title ? " (" + f.title + ")" : "") + " "));
      if (obj) t.appendChild(nodeLink(obj[1]));
      return t;
    }
    return el("div", "kg-fact-title", f.label);
  }
  function factBox(fi) {
    var f = FACTS[fi], box = el("div", "kg-fact");
    box.setAttribute("data-fact", String(fi));
    var head = el("div");
    head.appendChild(kindBadge(f.kind));
    box.appendChild(head);
    box.appendChild(factTitle(f));
    if (!FACT_WORDS[f.kind]) {
      var roles = {};
      f.roles.forEach(function (r) { (roles[r[0]] = roles[r[0]] || []).push(r[1]); });
      Object.keys(roles).sort().forEach(function (role) {
        var line = el("div", "kg-fact-meta", role + ": ");
        roles[role].forEach(function (idx, j) {
          if (j) line.appendChild(document.createTextNode(", "));
          line.appendChild(nodeLink(idx));
        });
        box.appendChild(line);
      });
    }
    var meta = [];
    if (f.date) meta.push("date " + f.date);
    if (f.status) meta.push(f.status);
    if (f.alleg && f.alleg.length) meta.push("alleging " + f.alleg.join(", "));
    if (f.topics && f.topics.length) meta.push("about " + f.topics.join(", "));
    if (meta.length) box.appendChild(el("div", "kg-fact-meta", meta.join(" · ")));
    var n = f.n !== null && f.n !== undefined ? f.n : null;
    box.appendChild(el("div", "kg-fact-meta kg-sources",
      n !== null ? "Stated by " + n + " source" + (n === 1 ? "" : "s") : "Number of sources not recorded"));
    if (f.conf !== null && f.conf !== undefined) {
      box.appendChild(el("div", "kg-fact-meta kg-learned",
        "Read by the learned relation model, not by a rule (probability " + Number(f.conf).toFixed(2) + "): check the sentence."));
    }
    if (f.inferred) {
      box.appendChild(el("div", "kg-fact-meta", "Sentences below name both sides in articles mentioning both; the graph records no sentence for this fact."));
    }
    if (!f.ev.length) box.appendChild(el("div", "kg-fact-meta", "No sentence recorded."));
    f.ev.forEach(function (si) {
      var s = SENTS[si], ev = el("div", "kg-ev");
      ev.appendChild(el("blockquote", "kg-sentence", s[0]));
      var a = s[1] !== null && s[1] !== undefined ? ARTS[s[1]] : null;
      if (a) {
        var src = el("div", "kg-src");
        var url = safeUrl(a.url);
        var head = url ? el("a", "kg-headline", a.h) : el("span", "kg-headline", a.h);
        if (url) { head.href = url; head.target = "_blank"; head.rel = "noopener noreferrer"; }
        src.appendChild(head);
        var bits = [a.src, a.date].filter(Boolean);
        if (bits.length) src.appendChild(document.createTextNode(" — " + bits.join(", ")));
        ev.appendChild(src);
      }
      box.appendChild(ev);
    });
    return box;
  }
  function showNode(id) {
    var n = byId.get(id);
    if (!n) return;
    clear(panel);
    panel.setAttribute("data-node", id);
    panel.removeAttribute("data-edge");
    panel.appendChild(el("h2", "kg-name", n.l));
    var kinds = el("div");
    (n.t.length ? n.t : [n.k]).forEach(function (t) { kinds.appendChild(kindBadge(KINDS[t] ? t : n.k)).textContent = (KINDS[t] || {}).label || t; });
    panel.appendChild(kinds);
    if (n.a.length) panel.appendChild(el("p", "kg-aliases", "Also known as: " + n.a.join("; ")));
    panel.appendChild(el("p", "kg-muted", n.id));
    panel.appendChild(el("h3", null, n.fact !== null && n.fact !== undefined ? "Fact" : "Facts (" + n.f.length + ")"));
    if (!n.f.length) panel.appendChild(el("p", "kg-muted", "No facts recorded for this entity."));
    appendFacts(n.f, 0);
  }
  var FACTS_PER_PAGE = 40;  // a hub takes part in thousands of facts: list them a page at a time
  function appendFacts(list, from) {
    list.slice(from, from + FACTS_PER_PAGE).forEach(function (fi) { panel.appendChild(factBox(fi)); });
    var rest = list.length - from - FACTS_PER_PAGE;
    if (rest > 0) {
      var more = el("button", "kg-more-facts", "Show " + Math.min(rest, FACTS_PER_PAGE) + " more of " + rest + " facts");
      more.type = "button";
      more.addEventListener("click", function () { panel.removeChild(more); appendFacts(list, from + FACTS_PER_PAGE); });
      panel.appendChild(more);
    }
  }
  function showEdge(eid) {
    var e = edgeById.get(eid);
    if (!e) return;
    clear(panel);
    panel.setAttribute("data-edge", eid);
    panel.removeAttribute("data-node");
    var h = el("h2", "kg-name");
    h.textContent = byId.get(e.from).l + " — " + e.l + " — " + byId.get(e.to).l;
    panel.appendChild(h);
    panel.appendChild(el("h3", null, "Fact"));
    panel.appendChild(factBox(e.f));
  }
  function clearPanel() {
    clear(panel);
    panel.removeAttribute("data-node"); panel.removeAttribute("data-edge");
    panel.appendChild(el("p", "kg-hint", "Select a node or an edge to see where its facts come from."));
  }

  function ensureShown(id) {
    var n = byId.get(id);
    if (!n) return;
    // A hub can have thousands of neighbours: add the most central NEIGHBOURS_ADDED of them.
    var add = [n], missing = [];
    (edgesOf.get(id) || []).forEach(function (e) {
      var m = byId.get(e.from === id ? e.to : e.from);
      if (!shown.has(m.id)) missing.push(m);
    });
    missing.sort(function (a, b) { return a.i - b.i; });
    add = add.concat(missing.slice(0, NEIGHBOURS_ADDED));
    if (add.some(function (m) { return !shown.has(m.id); })) addNodes(add);
    if (hiddenNodes.has(id)) {  // a search result the filters hid: show it anyway
      nodes.update({ id: id, hidden: false }); hiddenNodes.delete(id);
    }
  }
  function select(id, opts) {
    ensureShown(id);
    network.selectNodes([id]);
    highlight(neighbourhood(id));
    showNode(id);
    if (opts && opts.focus) network.focus(id, { scale: Math.max(network.getScale(), 1), animation: false });
  }
  function selectEdge(eid) {
    network.selectEdges([eid]);
    var e = edgeById.get(eid);
    highlight(new Set([e.from, e.to]));
    showEdge(eid);
  }

  network.on("click", function (params) {
    if (params.nodes.length) { select(params.nodes[0]); }
    else if (params.edges.length) { selectEdge(params.edges[0]); }
    else { if (dimmed) highlight(null); clearPanel(); }
  });

  // --- search -------------------------------------------------------------------------
  var searchBox = document.getElementById("kg-search"), results = document.getElementById("kg-results");
  var index = NODES.map(function (n) {
    return [n.l].concat(n.a).map(function (s) { return String(s).toLowerCase(); });
  });
  function search(q) {
    q = String(q).trim().toLowerCase();
    if (!q) return [];
    var hits = [];
    for (var i = 0; i < NODES.length && hits.length < 50; i++) {
      var names = index[i], best = -1;
      for (var j = 0; j < names.length; j++) {
        var at = names[j].indexOf(q);
        if (at >= 0) { var score = (at === 0 ? 0 : 1) + (names[j] === q ? -1 : 0) + (j ? 0.5 : 0); if (best < 0 || score < best[0]) best = [score, j]; }
      }
      if (best !== -1) hits.push({ node: NODES[i], score: best[0], name: NODES[i].a[best[1] - 1] });
    }
    hits.sort(function (a, b) { return a.score - b.score || a.node.i - b.node.i; });
    return hits.slice(0, 20);
  }
  function renderResults() {
    clear(results);
    var q = searchBox.value;
    var hits = search(q);
    if (q.trim() && !hits.length) results.appendChild(el("li", "kg-muted", "No match"));
    hits.forEach(function (h) {
      var li = el("li"), b = el("button");
      b.type = "button"; b.setAttribute("data-id", h.node.id);
      b.appendChild(el("span", "kg-result-name", h.node.l));
      if (h.name) b.appendChild(el("span", "kg-alias", " (" + h.name + ")"));
      b.appendChild(el("span", "kg-alias", " · " + ((KINDS[h.node.k] || {}).label || h.node.k)));
      b.addEventListener("click", function () { select(h.node.id, { focus: true }); });
      li.appendChild(b); results.appendChild(li);
    });
  }
  searchBox.addEventListener("input", renderResults);
  searchBox.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") { var hits = search(searchBox.value); if (hits.length) select(hits[0].node.id, { focus: true }); }
  });

  // For users' scripts and tests: the same actions as the page's controls.
  window.explorer = {
    data: DATA, select: select, selectEdge: selectEdge, search: search,
    showMore: showMore, showAll: function () { showMore(NODES.length); },
    applyFilters: applyFilters, isReady: function () { return ready; }
  };
})();
