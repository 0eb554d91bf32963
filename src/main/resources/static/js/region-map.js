// Draws a region's map (region/map.html) with Leaflet and no tiles: the bundled provinces (data-boundaries),
// shaded by the class each row of the counts table names (data-shade), the countries' outlines, and the located
// incidents as circles from data-points ([latitude, longitude, incidents, fatalities] per cell). Provinces of the
// same countries outside the region are drawn unshaded, and the other countries' outlines faintly, for context. Counts come from the table, so that the map
// and the table never disagree.
(function () {
  const canvas = document.getElementById('region-map-canvas');
  if (!canvas || typeof L === 'undefined') {
    return;
  }
  const provinces = {};
  document.querySelectorAll('#region-map-table tbody tr[data-region]').forEach(function (row) {
    provinces[row.dataset.region] = {
      name: row.querySelector('th').textContent.trim(),
      incidents: Number(row.dataset.incidents),
      fatalities: Number(row.dataset.fatalities),
      shade: row.dataset.shade
    };
  });
  const points = JSON.parse(canvas.dataset.points || '[]');

  function format(pattern, values) {
    return pattern.replace(/\{(\d+)\}/g, function (match, i) {
      const value = values[Number(i)];
      return (typeof value === 'number') ? value.toLocaleString('en') : String(value);
    });
  }

  // An SVG title names a shape to screen readers and shows its counts on hover, without a script-made tooltip.
  function title(layer, text) {
    const element = layer.getElement();
    if (element) {
      const node = document.createElementNS('http://www.w3.org/2000/svg', 'title');
      node.textContent = text;
      element.appendChild(node);
    }
  }

  const map = L.map(canvas, { attributionControl: false, zoomSnap: 0.25, renderer: L.svg({ padding: 0.5 }) });
  fetch(canvas.dataset.boundaries, { credentials: 'same-origin' })
    .then(function (response) {
      if (!response.ok) {
        throw new Error('boundaries: HTTP ' + response.status);
      }
      return response.json();
    })
    .then(function (geo) {
      const shaded = geo.features.filter(function (f) {
        return f.properties.level === 'ADMIN1' && provinces[f.id];
      });
      const countries = new Set(shaded.map(function (f) { return f.properties.country; }));
      const context = geo.features.filter(function (f) {
        return f.properties.level === 'ADMIN1' && countries.has(f.properties.country) && !provinces[f.id];
      });
      const outlines = geo.features.filter(function (f) {
        return f.properties.level === 'COUNTRY' && countries.has(f.id);
      });
      const neighbours = geo.features.filter(function (f) {
        return f.properties.level === 'COUNTRY' && !countries.has(f.id);
      });
      const shapes = L.geoJSON(shaded, {
        style: function (f) {
          return { className: 'map-province map-shade-' + provinces[f.id].shade };
        }
      });
      // the view first: Leaflet makes a layer's SVG element only once the map has one
      if (shaded.length > 0) {
        map.fitBounds(shapes.getBounds(), { padding: [8, 8] });
      }
      else {
        map.setView([31, 67], 5);
      }
      L.geoJSON(neighbours, { interactive: false, style: { className: 'map-neighbour' } }).addTo(map);
      L.geoJSON(context, { interactive: false, style: { className: 'map-context' } }).addTo(map);
      shapes.addTo(map);
      shapes.eachLayer(function (layer) {
        const p = provinces[layer.feature.id];
        layer.getElement().setAttribute('data-region', layer.feature.id);
        title(layer, format(canvas.dataset.tooltipProvince, [p.name, p.incidents, p.fatalities]));
      });
      L.geoJSON(outlines, { interactive: false, style: { className: 'map-country' } }).addTo(map);
      const most = points.reduce(function (max, p) { return Math.max(max, p[2]); }, 1);
      points.forEach(function (p) {
        const circle = L.circleMarker([p[0], p[1]], {
          radius: 3 + 12 * Math.sqrt(p[2] / most),
          className: 'map-point'
        }).addTo(map);
        title(circle, format(canvas.dataset.tooltipPoint, [p[2], p[3]]));
      });
      canvas.dataset.drawn = String(shapes.getLayers().length);
    })
    .catch(function (error) {
      canvas.dataset.drawn = 'failed';
      console.error(error);
    });
})();
