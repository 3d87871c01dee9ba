// The graph view: the entity and its neighbours from /api/graph, drawn with cytoscape.js.
// A click on a node shows it in the side panel with a link to its page; a second click on the
// same node expands it with its own neighbours. Labels go into the page as text only.
(function () {
  'use strict';
  var box = document.getElementById('cy');
  var panel = document.getElementById('panel');
  if (!box || typeof cytoscape !== 'function') { return; }
  var colours = { Person: '#d9485f', Organization: '#2f6fbf', Country: '#2e8b57', Location: '#b7791f' };
  var expanded = {};
  var selected = null;

  var cy = cytoscape({
    container: box,
    wheelSensitivity: 0.3,
    style: [
      { selector: 'node', style: {
        'label': 'data(label)', 'background-color': function (n) { return colours[n.data('type')] || '#888'; },
        'color': '#1f2933', 'font-size': 12, 'text-valign': 'bottom', 'text-margin-y': 4, 'width': 22, 'height': 22,
        'text-background-color': '#fff', 'text-background-opacity': 0.8, 'text-background-padding': 2 } },
      { selector: 'node.centre', style: { 'width': 34, 'height': 34, 'font-weight': 'bold' } },
      { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#12263a' } },
      { selector: 'edge', style: {
        'label': 'data(label)', 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'width': 1.5,
        'line-color': '#9aa8b6', 'target-arrow-color': '#9aa8b6', 'font-size': 10, 'color': '#4a5563',
        'text-rotation': 'autorotate', 'text-background-color': '#fff', 'text-background-opacity': 0.8 } }
    ]
  });
  window.newsgraphGraph = cy;

  function load(id) {
    return fetch('/api/graph?id=' + encodeURIComponent(id), { headers: { Accept: 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : { nodes: [], edges: [] }; })
      .then(function (g) {
        var added = [];
        g.nodes.forEach(function (n) {
          if (cy.getElementById(n.id).empty()) { added.push({ group: 'nodes', data: n }); }
        });
        g.edges.forEach(function (e) {
          if (cy.getElementById(e.id).empty()) { added.push({ group: 'edges', data: e }); }
        });
        cy.add(added);
        expanded[id] = true;
        cy.layout({
          name: 'cose', animate: false, randomize: true, padding: 40, nodeOverlap: 20, componentSpacing: 120,
          nodeRepulsion: function () { return 400000; }, idealEdgeLength: function () { return 140; },
          edgeElasticity: function () { return 100; }, gravity: 40, numIter: 1500
        }).run();
        cy.fit(undefined, 40);
        if (cy.zoom() > 1.2) {
          cy.zoom(1.2);
          cy.center();
        }
      });
  }

  function showPanel(node) {
    panel.replaceChildren();
    var h = document.createElement('h3');
    h.textContent = node.data('label');
    h.style.color = colours[node.data('type')] || '';
    var type = document.createElement('p');
    type.className = 'type';
    type.textContent = node.data('type') + ' · ' + node.degree() + ' edges shown';
    var open = document.createElement('a');
    open.id = 'open-entity';
    open.href = node.data('href');
    open.textContent = 'Open ' + node.data('label') + '’s page';
    var p = document.createElement('p');
    p.append(open);
    var hint = document.createElement('p');
    hint.className = 'meta';
    hint.textContent = expanded[node.id()] ? 'Its neighbours are shown.' : 'Click it again to expand it.';
    panel.append(h, type, p, hint);
  }

  cy.on('tap', 'node', function (evt) {
    var node = evt.target;
    if (selected === node.id() && !expanded[node.id()]) {
      load(node.id()).then(function () { showPanel(node); });
    } else {
      showPanel(node);
    }
    selected = node.id();
  });

  var centre = box.getAttribute('data-entity');
  load(centre).then(function () {
    cy.getElementById(centre).addClass('centre');
    box.setAttribute('data-ready', 'true');
  });
})();
