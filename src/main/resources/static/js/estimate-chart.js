// Draws a group's dated estimates, one line per figure, from the canvas's data-series attribute.
(function () {
  const canvas = document.getElementById('estimate-chart');
  if (!canvas || typeof Chart === 'undefined') {
    return;
  }
  const series = JSON.parse(canvas.dataset.series);
  new Chart(canvas, {
    type: 'line',
    data: {
      datasets: series.map(function (s) {
        return {
          label: s.label,
          data: s.points.map(function (p) { return { x: p.date, y: p.value, claimant: p.claimant }; }),
          showLine: true
        };
      })
    },
    options: {
      parsing: { xAxisKey: 'x', yAxisKey: 'y' },
      scales: { x: { type: 'category' }, y: { beginAtZero: true } },
      plugins: {
        tooltip: {
          callbacks: {
            afterLabel: function (context) { return context.raw.claimant || ''; }
          }
        }
      }
    }
  });
})();
