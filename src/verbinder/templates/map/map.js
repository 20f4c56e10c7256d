/* verbinder map: draws the JSON island #verbinder-map with sigma.js and graphology (window.verbinderVendor).
 *
 * Every text from the model goes into the page through textContent (never as markup) or onto sigma's canvas, so
 * nothing in a model can run.  Served by `verbinder map --serve`, the page asks its server for newer data
 * (long polling with a version) and redraws, keeping the filters, the search and the selection.
 */
(function () {
  "use strict";
  var timings = { start: performance.now() };
  var V = window.verbinderVendor;
  var T = JSON.parse(document.getElementById("verbinder-map-text").textContent);
  var data = JSON.parse(document.getElementById("verbinder-map").textContent);
  timings.parsed = performance.now();
  var live = document.body.getAttribute("data-live") === "1";
  var version = Number(document.body.getAttribute("data-version") || "0");

  var state = { selected: null, query: "", matches: null, visibleNodes: new Set(), visibleEdges: new Set() };
  var ix = {};
  var graph = null;
  var renderer = null;
  var controls = {};

  // --- small helpers -------------------------------------------------------------------------------------------

  function fmt(text, params) {
    return text.replace(/\{(\w+)\}/g, function (all, key) {
      return Object.prototype.hasOwnProperty.call(params, key) ? String(params[key]) : all;
    });
  }

  /* An element with attributes and children; strings become text nodes (never markup). */
  function h(tag, attrs) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (key) {
        var value = attrs[key];
        if (value === null || value === undefined || value === false) return;
        if (key === "onclick") node.addEventListener("click", value);
        else if (key === "text") node.textContent = value;
        else node.setAttribute(key, value === true ? "" : String(value));
      });
    }
    for (var i = 2; i < arguments.length; i++) append(node, arguments[i]);
    return node;
  }

  function append(node, child) {
    if (child === null || child === undefined || child === false) return;
    if (Array.isArray(child)) child.forEach(function (c) { append(node, c); });
    else if (typeof child === "string" || typeof child === "number") node.appendChild(document.createTextNode(String(child)));
    else node.appendChild(child);
  }

  function fold(text) {
    return String(text).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function status(text, error) {
    var el = document.getElementById("status");
    el.textContent = text;
    el.className = error ? "error" : "";
  }

  // --- indexes over the data -----------------------------------------------------------------------------------

  function index() {
    ix.actor = new Map();
    ix.link = new Map();
    ix.proposal = new Map();
    ix.kind = new Map();
    ix.agenda = new Map();
    ix.linksOf = new Map(); // actor id -> links where it is from or to
    ix.viaOf = new Map(); // actor id -> links it connects
    data.actors.forEach(function (a) { ix.actor.set(a.id, a); ix.linksOf.set(a.id, []); ix.viaOf.set(a.id, []); });
    data.kinds.forEach(function (k) { ix.kind.set(k.id, k); });
    data.agenda.forEach(function (item) { ix.agenda.set(item.id, item); });
    data.links.forEach(function (l) {
      ix.link.set(l.id, l);
      if (ix.linksOf.has(l.from)) ix.linksOf.get(l.from).push(l);
      if (ix.linksOf.has(l.to)) ix.linksOf.get(l.to).push(l);
      if (l.via && ix.viaOf.has(l.via)) ix.viaOf.get(l.via).push(l);
    });
    data.proposals.forEach(function (p, i) { ix.proposal.set("p" + i, p); });
    ix.maxBrokerage = data.actors.reduce(function (m, a) { return Math.max(m, a.brokerage); }, 1);
  }

  function name(id) {
    var a = ix.actor.get(id);
    return a ? a.name : id;
  }

  function competencyName(id) {
    return data.competencies[id] || id;
  }

  // --- the graph -----------------------------------------------------------------------------------------------

  function nodeSize(a, measure) {
    var n = data.actors.length;
    var scale = n > 500 ? 0.6 : 1;
    if (measure === "brokerage") return scale * (3 + 11 * Math.sqrt(a.brokerage / ix.maxBrokerage));
    return scale * (2 + 2.4 * a.influence);
  }

  function linkColour(l) {
    return l.via ? data.style.types[l.type] || "#555" : data.style.open;
  }

  /* Deterministic start positions: each department (else kind) around its own centre, the groups on a circle, in
   * file order, so the same model gives the same map and the layout starts near where it ends. */
  function seeds() {
    var groups = new Map();
    data.actors.forEach(function (a) {
      var key = a.department || a.kind;
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(a.id);
    });
    var out = new Map();
    var k = 0;
    var radius = Math.sqrt(data.actors.length) * 12;
    groups.forEach(function (ids) {
      var angle = (2 * Math.PI * k++) / groups.size;
      var cx = groups.size > 1 ? radius * Math.cos(angle) : 0;
      var cy = groups.size > 1 ? radius * Math.sin(angle) : 0;
      ids.forEach(function (id, i) {
        var turn = i * 2.399963229728653;
        var r = Math.sqrt(i + 1) * 6;
        out.set(id, { x: cx + r * Math.cos(turn), y: cy + r * Math.sin(turn) });
      });
    });
    return out;
  }

  function buildGraph(previous) {
    var g = new V.Graph({ multi: true, type: "mixed", allowSelfLoops: false });
    var kept = 0;
    var start0 = seeds();
    // Above data.style.thin_above links only a link of high tension is drawn wide; the rest are hairlines (gl.LINES):
    // software WebGL took twice as long a frame for ten thousand wide lines, and in a hairball the conflicts stand out.
    var thin = data.links.length > data.style.thin_above;
    data.actors.forEach(function (a) {
      var kind = ix.kind.get(a.kind);
      var pos = previous && previous.hasNode(a.id) ? previous.getNodeAttributes(a.id) : null;
      if (pos) kept++;
      var start = pos ? { x: pos.x, y: pos.y } : start0.get(a.id);
      g.addNode(a.id, {
        x: start.x, y: start.y, label: a.name, color: kind ? kind.colour : "#999",
        size: nodeSize(a, "influence"), fresh: !pos,
      });
    });
    function edge(key, from, to, attrs) {
      if (from === to || !g.hasNode(from) || !g.hasNode(to)) return;
      g.addEdgeWithKey(key, from, to, attrs);
    }
    data.links.forEach(function (l) {
      var base = { size: data.style.widths[l.tension] || 1.2, color: linkColour(l), link: l.id };
      if (thin && l.tension !== "high") base.type = "thin";
      if (l.via) {
        edge("l:" + l.id + ":from", l.from, l.via, Object.assign({}, base));
        edge("l:" + l.id + ":to", l.via, l.to, Object.assign({}, base));
      } else {
        edge("l:" + l.id, l.from, l.to, base);
      }
    });
    var fresh = data.actors.length - kept;
    if (!previous || fresh > Math.max(3, data.actors.length / 4)) layout(g);
    else placeFresh(g);
    ix.proposal.forEach(function (p, pid) {
      edge("p:" + pid, p.from, p.to, { size: 1.4, color: data.style.proposal, proposal: pid });
    });
    return g;
  }

  /* ForceAtlas2 (Barnes-Hut above data.style.barnes_hut actors).  A small network is laid out before it is drawn.
   * A large one is drawn at once at its start positions (grouped by department), and laid out on a copy of the
   * graph in slices of about 100 ms, so the page stays usable; the map takes the positions in one step at the end
   * (redrawing 10,000 links after every slice would cost more than the layout itself). */
  var layoutRun = 0;
  function layout(g) {
    var n = g.order;
    if (n === 0) return;
    var settings = V.forceAtlas2.inferSettings(g);
    settings.barnesHutOptimize = n > data.style.barnes_hut;
    settings.gravity = 1;
    settings.scalingRatio = n > 500 ? 20 : 10;
    var iterations = n <= 100 ? 500 : n <= 500 ? 200 : 80;
    var run = ++layoutRun;
    if (n <= 500) {
      V.forceAtlas2.assign(g, { iterations: iterations, settings: settings });
      settled();
      return;
    }
    var shadow = g.copy();
    var done = 0;
    var slice = 2;
    function step() {
      if (run !== layoutRun) return; // a newer graph replaced this one
      var t0 = performance.now();
      V.forceAtlas2.assign(shadow, { iterations: slice, settings: settings });
      done += slice;
      slice = Math.max(1, Math.min(iterations - done, Math.round((slice * 100) / Math.max(performance.now() - t0, 1))));
      if (done < iterations) { setTimeout(step, 0); return; }
      g.updateEachNodeAttributes(function (node, attrs) {
        var p = shadow.getNodeAttributes(node);
        attrs.x = p.x;
        attrs.y = p.y;
        return attrs;
      }, { attributes: ["x", "y"] });
      settled();
    }
    setTimeout(step, 0);
  }

  function settled() {
    timings.settled = performance.now();
    document.body.setAttribute("data-settled", "1");
  }

  /* A live update keeps every actor where it was; a new one goes to the middle of its neighbours. */
  function placeFresh(g) {
    g.forEachNode(function (node, attrs) {
      if (!attrs.fresh) return;
      var sx = 0, sy = 0, k = 0;
      g.forEachNeighbor(node, function (other, o) {
        if (!o.fresh) { sx += o.x; sy += o.y; k++; }
      });
      if (k) g.mergeNodeAttributes(node, { x: sx / k + (Math.random() - 0.5) * 5, y: sy / k + (Math.random() - 0.5) * 5 });
    });
  }

  // --- filters -------------------------------------------------------------------------------------------------

  function filters() {
    return {
      agenda: controls.agenda.value,
      kind: controls.kind.value,
      department: controls.department.value,
      member: controls.member.value,
      type: controls.type.value,
      open: controls.open.checked,
      proposals: controls.proposals.checked,
      focus: Number(controls.focus.value),
      size: controls.size.value,
    };
  }

  function actorPasses(id, f) {
    var a = ix.actor.get(id);
    if (!a) return false;
    if (f.kind && a.kind !== f.kind) return false;
    if (f.department && a.department !== f.department) return false;
    return true;
  }

  function linkPasses(l, f, isProposal) {
    if (f.agenda && (isProposal ? l.agenda !== f.agenda : l.agenda.indexOf(f.agenda) < 0)) return false;
    if (f.type && l.type !== f.type) return false;
    if (f.open && l.via) return false;
    if (f.member && l.via !== f.member) return false;
    if ((f.kind || f.department) && !(actorPasses(l.from, f) || actorPasses(l.to, f) || (l.via && actorPasses(l.via, f)))) return false;
    return true;
  }

  function applyFilters() {
    var f = filters();
    var nodes = new Set();
    var edges = new Set();
    var linkFilter = f.agenda || f.type || f.open || f.member;
    var anyFilter = linkFilter || f.kind || f.department;
    if (!linkFilter) {
      data.actors.forEach(function (a) { if (!anyFilter || actorPasses(a.id, f)) nodes.add(a.id); });
    }
    if (f.member) nodes.add(f.member);
    graph.forEachEdge(function (key, attrs, source, target) {
      var pass = attrs.proposal !== undefined
        ? f.proposals && linkPasses(ix.proposal.get(attrs.proposal), f, true)
        : linkPasses(ix.link.get(attrs.link), f, false);
      if (pass) { edges.add(key); nodes.add(source); nodes.add(target); }
    });
    var seeds = focusSeeds();
    if (f.focus > 0 && seeds.length) {
      var near = new Set(seeds);
      var frontier = seeds.slice();
      for (var step = 0; step < f.focus; step++) {
        var next = [];
        frontier.forEach(function (node) {
          if (!graph.hasNode(node)) return;
          graph.forEachEdge(node, function (key, attrs, source, target) {
            if (!edges.has(key)) return;
            var other = source === node ? target : source;
            if (!near.has(other)) { near.add(other); next.push(other); }
          });
        });
        frontier = next;
      }
      nodes = new Set(Array.from(nodes).filter(function (n) { return near.has(n); }));
      seeds.forEach(function (s) { nodes.add(s); });
      edges = new Set(Array.from(edges).filter(function (key) {
        return nodes.has(graph.source(key)) && nodes.has(graph.target(key));
      }));
    }
    state.visibleNodes = nodes;
    state.visibleEdges = edges;
    state.size = f.size;
    var links = new Set();
    edges.forEach(function (key) { var a = graph.getEdgeAttributes(key); if (a.link) links.add(a.link); });
    controls.shown.textContent = fmt(T.shown, { actors: nodes.size, links: links.size });
    if (renderer) renderer.refresh();
  }

  function focusSeeds() {
    var s = state.selected;
    if (!s) return [];
    if (s.kind === "actor") return [s.id];
    var l = s.kind === "link" ? ix.link.get(s.id) : ix.proposal.get(s.id);
    return l ? [l.from, l.to].concat(l.via ? [l.via] : []) : [];
  }

  function runSearch() {
    var q = fold(controls.search.value.trim());
    state.query = q;
    var list = controls.results;
    list.textContent = "";
    if (!q) {
      state.matches = null;
      controls.found.textContent = "";
    } else {
      var hits = data.actors.filter(function (a) { return fold(a.name).indexOf(q) >= 0 || a.id.indexOf(q) >= 0; });
      state.matches = new Set(hits.map(function (a) { return a.id; }));
      controls.found.textContent = hits.length ? fmt(T.found, { n: hits.length }) : T.found_none;
      hits.slice(0, 30).forEach(function (a) {
        list.appendChild(h("li", null, h("button", { type: "button", "data-actor": a.id, onclick: function () { select("actor", a.id, true); } }, a.name)));
      });
    }
    if (renderer) renderer.refresh();
  }

  // --- drawing -------------------------------------------------------------------------------------------------

  function selectedEdgeKeys() {
    var s = state.selected;
    if (!s) return null;
    if (s.kind === "link") return ["l:" + s.id, "l:" + s.id + ":from", "l:" + s.id + ":to"];
    if (s.kind === "proposal") return ["p:" + s.id];
    return null;
  }

  function nodeReducer(node, attrs) {
    if (!state.visibleNodes.has(node)) return Object.assign({}, attrs, { hidden: true });
    var out = Object.assign({}, attrs);
    var a = ix.actor.get(node);
    if (a) out.size = nodeSize(a, state.size);
    if (state.matches && !state.matches.has(node)) { out.color = "#dddddd"; out.label = ""; }
    else if (state.matches) out.forceLabel = true;
    var s = state.selected;
    if (s && s.kind === "actor" && s.id === node) { out.highlighted = true; out.forceLabel = true; }
    if (s && s.kind !== "actor" && focusSeeds().indexOf(node) >= 0) out.forceLabel = true;
    return out;
  }

  function edgeReducer(edge, attrs) {
    if (!state.visibleEdges.has(edge)) return Object.assign({}, attrs, { hidden: true });
    var keys = selectedEdgeKeys();
    if (keys && keys.indexOf(edge) >= 0) return Object.assign({}, attrs, { size: attrs.size * 2 + 1, zIndex: 1 });
    if (state.matches) return Object.assign({}, attrs, { color: "#e4e4e4" });
    return attrs;
  }

  function draw(previous) {
    graph = buildGraph(previous);
    if (!timings.laidOut) timings.laidOut = performance.now();
    if (renderer) {
      renderer.setGraph(graph);
    } else {
      try {
        renderer = new V.Sigma(graph, document.getElementById("graph"), {
          nodeReducer: nodeReducer,
          edgeReducer: edgeReducer,
          // Clicking a line among thousands is not practical, and the picking layer doubles every frame: a large map
          // opens its links from the actors' panels and the filters instead.
          enableEdgeEvents: data.links.length <= data.style.thin_above,
          edgeProgramClasses: { line: V.EdgeRectangleProgram, thin: V.EdgeLineProgram },
          zIndex: true,
          labelFont: "system-ui, Helvetica, Arial, sans-serif",
          labelSize: 14,
          labelWeight: "600",
          labelRenderedSizeThreshold: data.actors.length > 500 ? 9 : 5,
        });
      } catch (err) {
        renderer = null;
        document.getElementById("graph").appendChild(h("p", { class: "muted" }, T.webgl));
      }
      if (renderer) {
        renderer.once("afterRender", function () {
          timings.firstPaint = performance.now();
          document.body.setAttribute("data-ready", "1");
        });
        renderer.on("clickNode", function (e) { select("actor", e.node, false); });
        renderer.on("clickEdge", function (e) {
          var attrs = graph.getEdgeAttributes(e.edge);
          if (attrs.proposal !== undefined) select("proposal", attrs.proposal, false);
          else select("link", attrs.link, false);
        });
        renderer.on("enterNode", function () { document.getElementById("graph").style.cursor = "pointer"; });
        renderer.on("leaveNode", function () { document.getElementById("graph").style.cursor = ""; });
      } else {
        document.body.setAttribute("data-ready", "1");
      }
    }
    applyFilters();
  }

  // --- controls ------------------------------------------------------------------------------------------------

  function field(id, label, control, extra) {
    return h("div", null, h("label", { for: id }, label), control, extra || null);
  }

  function options(select, pairs) {
    var keep = select.value;
    select.textContent = "";
    select.appendChild(h("option", { value: "" }, T.all));
    pairs.forEach(function (p) { select.appendChild(h("option", { value: p[0] }, p[1])); });
    select.value = pairs.some(function (p) { return p[0] === keep; }) ? keep : "";
  }

  function fillOptions() {
    options(controls.agenda, data.agenda.map(function (i) { return [i.id, i.title]; }));
    var used = new Set(data.actors.map(function (a) { return a.kind; }));
    options(controls.kind, data.kinds.filter(function (k) { return used.has(k.id); }).map(function (k) { return [k.id, k.label]; }));
    options(controls.department, data.departments.map(function (d) { return [d, d]; }));
    options(controls.member, data.actors.filter(function (a) { return a.kopgroep; }).map(function (a) { return [a.id, a.name]; }));
    options(controls.type, Object.keys(data.types).map(function (k) { return [k, data.types[k]]; }));
    controls.proposalsBox.hidden = data.proposals.length === 0;
    controls.proposalsLabel.textContent = T.proposals + " (" + data.proposals.length + ")";
  }

  function buildControls() {
    var form = document.getElementById("controls");
    form.setAttribute("aria-label", T.controls);
    form.addEventListener("submit", function (e) { e.preventDefault(); });
    controls.search = h("input", { type: "search", id: "search", autocomplete: "off", placeholder: T.search_hint, "aria-describedby": "found" });
    controls.found = h("p", { id: "found", "aria-live": "polite" });
    controls.results = h("ul", { id: "results", "aria-label": T.search });
    function sel(id) { var s = h("select", { id: id }); controls[id] = s; return s; }
    function check(id, label) {
      var box = h("input", { type: "checkbox", id: id });
      controls[id] = box;
      var text = h("span", null, label);
      var wrap = h("label", { class: "check", for: id }, box, text);
      return { wrap: wrap, text: text };
    }
    var open = check("open", T.open_only);
    var prop = check("proposals", T.proposals);
    controls.proposalsBox = prop.wrap;
    controls.proposalsLabel = prop.text;
    controls.size = h("select", { id: "size" },
      h("option", { value: "influence" }, T.size_influence), h("option", { value: "brokerage" }, T.size_brokerage));
    controls.focus = h("select", { id: "focus" },
      h("option", { value: "0" }, T.focus_off), h("option", { value: "1" }, T.focus_1), h("option", { value: "2" }, T.focus_2));
    controls.reset = h("button", { type: "button", id: "reset" }, T.reset);
    controls.shown = h("p", { id: "shown", "aria-live": "polite" });
    var lines = [[data.style.types.bridging, data.types.bridging], [data.style.types.orchestration, data.types.orchestration],
      [data.style.open, T.legend_open], [data.style.proposal, T.legend_proposal]];
    var legend = h("div", { id: "legend" }, h("ul", null, data.kinds.filter(function (k) {
      return data.actors.some(function (a) { return a.kind === k.id; });
    }).map(function (k) {
      return h("li", null, h("span", { class: "swatch", "data-colour": k.colour }), k.label);
    })), h("ul", null, lines.map(function (l) {
      return h("li", null, h("span", { class: "swatch line", "data-colour": l[0] }), l[1]);
    })), h("p", null, T.legend));
    // The filters fold away on a narrow screen, so that the map comes right after the search (native <details>:
    // keyboard and screen readers work without extra code).
    var more = h("details", { id: "filters", open: !window.matchMedia("(max-width: 900px)").matches },
      h("summary", null, T.filters));
    append(form, [
      field("search", T.search, controls.search, [controls.found, controls.results]),
      more,
    ]);
    form = more;
    append(form, [
      field("agenda", T.agenda, sel("agenda")),
      field("kind", T.kind, sel("kind")),
      field("department", T.department, sel("department")),
      field("member", T.member, sel("member")),
      field("type", T.type, sel("type")),
      open.wrap,
      prop.wrap,
      field("focus", T.focus, controls.focus),
      field("size", T.size, controls.size),
      h("div", null, controls.reset),
      controls.shown,
      legend,
    ]);
    // colour swatches through the CSSOM (a style attribute would need 'unsafe-inline')
    document.querySelectorAll("#controls .swatch").forEach(function (s) { s.style.background = s.getAttribute("data-colour"); });
    fillOptions();
    ["agenda", "kind", "department", "member", "type", "open", "proposals", "focus", "size"].forEach(function (id) {
      controls[id].addEventListener("change", applyFilters);
    });
    controls.search.addEventListener("input", runSearch);
    controls.search.addEventListener("keydown", function (e) {
      if (e.key === "Enter") {
        e.preventDefault();
        var first = controls.results.querySelector("button");
        if (first) select("actor", first.getAttribute("data-actor"), true);
      }
    });
    controls.reset.addEventListener("click", function () {
      ["agenda", "kind", "department", "member", "type"].forEach(function (id) { controls[id].value = ""; });
      controls.open.checked = false;
      controls.focus.value = "0";
      controls.search.value = "";
      runSearch();
      applyFilters();
      if (renderer) renderer.getCamera().animatedReset();
    });
  }

  // --- the side panel ------------------------------------------------------------------------------------------

  function facts(rows) {
    return h("dl", null, rows.filter(function (r) { return r[1] !== null && r[1] !== undefined && r[1] !== ""; })
      .map(function (r) { return [h("dt", null, r[0]), h("dd", null, r[1])]; }));
  }

  function actorButton(id) {
    return h("button", { type: "button", class: "link", onclick: function () { select("actor", id, true); } }, name(id));
  }

  function linkButton(l) {
    return h("button", { type: "button", class: "link", onclick: function () { select("link", l.id, true); } },
      name(l.from) + " → " + name(l.to));
  }

  function actionList(list) {
    if (!list.length) return h("p", { class: "muted" }, T.no_actions);
    return h("ol", null, list.slice(0, 15).map(function (a) {
      return h("li", { value: a.rank }, a.why, " ", h("code", null, a.command));
    }));
  }

  function actorPanel(a) {
    var kind = ix.kind.get(a.kind);
    var out = [h("h2", null, a.name), facts([
      [T.kind_label, [h("span", { class: "swatch", "data-colour": kind ? kind.colour : "#999" }), kind ? kind.label : a.kind]],
      [T.department_label, a.department],
      [T.influence, String(a.influence)],
      [T.interest, String(a.interest)],
      [T.stance, data.stances[a.stance]],
      [T.kopgroep, a.kopgroep ? T.yes : null],
      [T.load, a.kopgroep ? a.brokerage + " / " + a.capacity : a.brokerage ? String(a.brokerage) : null],
    ])];
    var via = ix.viaOf.get(a.id) || [];
    if (via.length) out.push(h("h3", null, T.connects), h("ul", null, via.map(function (l) { return h("li", null, linkButton(l)); })));
    var own = ix.linksOf.get(a.id) || [];
    if (own.length) out.push(h("h3", null, T.links_of), h("ul", null, own.map(function (l) { return h("li", null, linkButton(l)); })));
    if (a.kopgroep) {
      var levels = Object.keys(a.competencies || {});
      out.push(h("h3", null, T.levels));
      if (levels.length) {
        out.push(h("ul", null, levels.map(function (c) { return h("li", null, competencyName(c) + ": " + a.competencies[c]); })));
      } else {
        out.push(h("p", { class: "muted" }, T.not_assessed + ". " + T.not_assessed_note));
      }
    }
    var mine = new Set(via.map(function (l) { return l.id; }));
    var acts = data.actions.filter(function (x) {
      return x.subject === a.id || (x.links || []).some(function (lid) { return mine.has(lid); });
    });
    out.push(h("h3", null, T.actions), actionList(acts));
    return out;
  }

  function competencyList(list, detailed) {
    return h("ul", null, list.map(function (c) {
      var reasons = detailed ? h("ul", null, (c.reasons || []).map(function (rid) {
        var rule = data.rules[rid];
        if (!rule) return h("li", null, rid);
        return h("li", { class: "muted" }, rule.because + " ", h("code", null, rule.defined_at));
      })) : null;
      return h("li", null, h("strong", null, competencyName(c.id)), " — " + T.level + " " + c.level, reasons);
    }));
  }

  function fitSection(l) {
    var out = [h("h3", null, T.fit)];
    if (!l.via) { out.push(h("p", null, T.no_via)); return out; }
    var fit = l.fit;
    out.push(h("p", null, fmt(T.fit_line, { name: name(l.via), coverage: fit.coverage })));
    if (fit.gaps.length) {
      out.push(h("ul", null, fit.gaps.map(function (g) {
        return h("li", { class: "gap" }, competencyName(g.id) + ": " + T.gap + " (" + g.current + " / " + g.required + ")");
      })));
    } else {
      out.push(h("p", { class: "muted" }, T.no_gaps));
    }
    if (fit.not_assessed.length) {
      out.push(h("p", null, h("strong", null, T.not_assessed + ": "), fit.not_assessed.map(competencyName).join(", ")),
        h("p", { class: "muted" }, T.not_assessed_note));
    }
    return out;
  }

  function linkPanel(l) {
    var out = [h("h2", null, name(l.from) + " → " + name(l.to)), facts([
      [T.from, actorButton(l.from)],
      [T.to, actorButton(l.to)],
      [T.via, l.via ? actorButton(l.via) : T.no_via],
      [T.team, l.team ? l.team.map(function (id, i) { return [i ? ", " : "", actorButton(id)]; }) : null],
      [T.type_label, data.types[l.type]],
      [T.position, l.position ? data.positions[l.position] : null],
      [T.tension, data.tensions[l.tension]],
      [T.topic, l.topic],
      [T.agenda_label, l.agenda.length ? l.agenda.map(function (id) { return ix.agenda.has(id) ? ix.agenda.get(id).title : id; }).join("; ") : null],
    ])];
    out.push(h("h3", null, T.asks), competencyList(l.competencies, true));
    if (l.also_relevant && l.also_relevant.length) out.push(h("h3", null, T.also), competencyList(l.also_relevant, false));
    out = out.concat(fitSection(l));
    var warnings = data.warnings.filter(function (w) { return w.link === l.id; });
    if (warnings.length) out.push(h("h3", null, T.warnings), h("ul", null, warnings.map(function (w) { return h("li", null, w.message); })));
    var acts = data.actions.filter(function (x) { return x.subject === l.id || (x.links || []).indexOf(l.id) >= 0; });
    out.push(h("h3", null, T.actions), actionList(acts));
    return out;
  }

  function proposalPanel(p) {
    return [h("h2", null, T.proposal + ": " + name(p.from) + " → " + name(p.to)), facts([
      [T.from, actorButton(p.from)],
      [T.to, actorButton(p.to)],
      [T.via, p.via ? actorButton(p.via) : T.no_via],
      [T.type_label, data.types[p.type]],
      [T.position, p.position ? data.positions[p.position] : null],
      [T.principle, p.principle],
      [T.agenda_label, p.agenda ? (ix.agenda.has(p.agenda) ? ix.agenda.get(p.agenda).title : p.agenda) : null],
      [T.why, p.why],
    ]), h("h3", null, T.asks), competencyList(p.competencies, false)];
  }

  function renderPanel() {
    var panel = document.getElementById("panel");
    panel.textContent = "";
    var s = state.selected;
    var body = null;
    if (s && s.kind === "actor" && ix.actor.has(s.id)) body = actorPanel(ix.actor.get(s.id));
    else if (s && s.kind === "link" && ix.link.has(s.id)) body = linkPanel(ix.link.get(s.id));
    else if (s && s.kind === "proposal" && ix.proposal.has(s.id)) body = proposalPanel(ix.proposal.get(s.id));
    if (!body) {
      state.selected = null;
      panel.setAttribute("data-selected", "");
      append(panel, [h("h2", null, T.panel), h("p", { class: "muted" }, T.panel_empty)]);
      return;
    }
    panel.setAttribute("data-selected", s.kind + ":" + s.id);
    append(panel, [h("p", { class: "muted" }, s.kind === "actor" ? T.actor : s.kind === "link" ? T.link : T.proposal), body,
      h("p", null, h("button", { type: "button", id: "close", onclick: function () { select(null); } }, T.close))]);
    panel.querySelectorAll(".swatch").forEach(function (el) { el.style.background = el.getAttribute("data-colour"); });
  }

  function select(kind, id, moveFocus) {
    state.selected = kind ? { kind: kind, id: id } : null;
    renderPanel();
    applyFilters();
    if (moveFocus) document.getElementById("panel").focus();
    if (kind === "actor" && renderer && moveFocus && state.visibleNodes.has(id)) {
      var pos = renderer.getNodeDisplayData(id);
      if (pos) renderer.getCamera().animate({ x: pos.x, y: pos.y, ratio: Math.min(renderer.getCamera().ratio, 0.6) }, { duration: 300 });
    }
  }

  // --- live updates (verbinder map --serve) --------------------------------------------------------------------

  function update(next) {
    data = next;
    index();
    fillOptions();
    draw(graph);
    if (state.query) runSearch();
    renderPanel();
    var now = new Date();
    status(fmt(T.live_updated, { time: now.toLocaleTimeString(data.language) }));
  }

  function poll() {
    var params = new URLSearchParams(location.search);
    params.set("since", String(version));
    fetch("events?" + params.toString(), { cache: "no-store" }).then(function (r) {
      if (!r.ok) throw new Error(String(r.status));
      return r.json();
    }).then(function (msg) {
      if (msg.version !== version) {
        version = msg.version;
        if (msg.error) status(fmt(T.live_error, { error: msg.error }), true);
        else if (msg.data) update(msg.data);
      }
      poll();
    }).catch(function () {
      status(T.live_lost, true);
      setTimeout(poll, 1000);
    });
  }

  // --- start ---------------------------------------------------------------------------------------------------

  window.verbinderMap = {
    state: state,
    timings: timings, // performance.now() at: the script's start, data parsed, laid out, first paint
    get data() { return data; },
    get graph() { return graph; },
    get renderer() { return renderer; },
    get version() { return version; },
    select: select,
    visibleLinks: function () {
      var out = new Set();
      state.visibleEdges.forEach(function (key) { var a = graph.getEdgeAttributes(key); if (a.link) out.add(a.link); });
      return Array.from(out).sort();
    },
    visibleActors: function () { return Array.from(state.visibleNodes).sort(); },
    visibleProposals: function () {
      var out = [];
      state.visibleEdges.forEach(function (key) { var a = graph.getEdgeAttributes(key); if (a.proposal !== undefined) out.push(a.proposal); });
      return out.sort();
    },
  };
  index();
  buildControls();
  renderPanel();
  draw(null);
  if (live) { status(T.live); poll(); }
})();
