// Draws the relationship graph from /api/graph with vis-network; a click on an edge lists its claims.
(function () {
  const container = document.getElementById('graph');
  if (!container || typeof vis === 'undefined') {
    return;
  }
  const typeLabel = function (type) {
    const label = document.querySelector('label[for="type-' + type + '"]');
    return label ? label.textContent : type;
  };
  const colours = { OPPOSES: '#6c757d', DESIGNATES: '#0d6efd', RIVAL_OF: '#dc3545', SHELTERS: '#fd7e14',
    FUNDS: '#198754', SUPPORTS: '#20c997' };
  fetch(container.dataset.url, { headers: { Accept: 'application/json' } })
    .then(function (response) { return response.json(); })
    .then(function (graph) {
      const nodes = new vis.DataSet(graph.nodes.map(function (n) {
        return { id: n.id, label: n.label, shape: n.kind === 'GROUP' ? 'dot' : 'box', url: n.url,
          color: n.kind === 'GROUP' ? '#b02a37' : '#cfe2ff' };
      }));
      const edges = new vis.DataSet(graph.edges.map(function (e) {
        return { id: e.id, from: e.from, to: e.to, arrows: 'to', label: typeLabel(e.type),
          dashes: e.contested, color: { color: colours[e.type] || '#495057' }, font: { size: 10 }, claims: e.claims,
          contested: e.contested };
      }));
      const network = new vis.Network(container, { nodes: nodes, edges: edges }, {
        physics: { stabilization: { iterations: 200 } },
        edges: { smooth: { type: 'dynamic' } }
      });
      network.on('click', function (params) {
        if (params.edges.length === 1 && params.nodes.length === 0) {
          showClaims(edges.get(params.edges[0]), nodes);
        }
      });
      network.on('doubleClick', function (params) {
        if (params.nodes.length === 1) {
          window.location.href = nodes.get(params.nodes[0]).url;
        }
      });
    });

  function showClaims(edge, nodes) {
    const title = document.getElementById('edge-title');
    const list = document.getElementById('edge-claims');
    title.textContent = nodes.get(edge.from).label + ' ' + edge.label + ' ' + nodes.get(edge.to).label
      + (edge.contested ? ' (' + container.dataset.contested + ')' : '');
    list.replaceChildren();
    edge.claims.forEach(function (claim) {
      const item = document.createElement('div');
      item.className = 'mb-2 edge-claim';
      const who = document.createElement('strong');
      who.textContent = (claim.position === 'DENIES' ? container.dataset.denies + ': ' : '') + (claim.claimant || '');
      const quote = document.createElement('blockquote');
      quote.className = 'blockquote-evidence mb-1';
      quote.textContent = '\u201c' + claim.quote + '\u201d';
      const source = document.createElement('div');
      source.className = 'text-muted';
      source.textContent = container.dataset.source + ': ' + claim.sourceTitle;
      item.append(who, quote, source);
      list.append(item);
    });
  }
})();
