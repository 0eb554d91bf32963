// vis-network's standalone build adds its stylesheet to the head as <style> elements while its script
// runs, which the Content-Security-Policy (style-src 'self') refuses, logging an error for each. The page
// links the same stylesheet (styles/vis-network.min.css) instead, so the style elements that script adds
// are left out. (Its peer build adds none, but needs the vis-data WebJar, which is not served to the build.)
(function () {
  const append = HTMLHeadElement.prototype.appendChild;
  const insert = HTMLHeadElement.prototype.insertBefore;
  const addedByVisNetwork = function (node) {
    const script = document.currentScript;
    return node instanceof HTMLStyleElement && script !== null && script.src.indexOf('/webjars/vis-network/') >= 0;
  };
  HTMLHeadElement.prototype.appendChild = function (node) {
    return addedByVisNetwork(node) ? node : append.call(this, node);
  };
  HTMLHeadElement.prototype.insertBefore = function (node, reference) {
    return addedByVisNetwork(node) ? node : insert.call(this, node, reference);
  };
})();
