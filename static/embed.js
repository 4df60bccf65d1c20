/*
 * Incident Map embed helper, for pages that frame the map (`<iframe src=".../embed">`).
 * Plain script, no build:  <script src="https://MAP-ORIGIN/embed.js" async></script>
 *
 * - Resizes every `<iframe data-incident-map>` (and every iframe whose src is a map's /embed) to
 *   the height the embed posts, so the frame follows its content.
 * - window.IncidentMap.on(iframe, type, handler): `handler(message)` for each event of `type`
 *   ('ready', 'resize', 'select', 'view', 'ack', or '*') that this iframe's embed posts.
 *   Returns a function that removes the handler.
 * - window.IncidentMap.send(iframe, command): post `{type: 'select' | 'flyTo' | 'setFilters', ...}`
 *   to the embed (it obeys only if the map's EMBED_COMMAND_ORIGINS lists this page's origin).
 *
 * A message counts only when it comes from that iframe's window (`event.source`) and from the
 * origin of the iframe's src (`event.origin`).
 */
(function () {
	'use strict';
	if (window.IncidentMap && window.IncidentMap.version === 1) return;

	var SOURCE = 'incident-map';
	var HOST_SOURCE = 'incident-map-host';
	var VERSION = 1;
	var handlers = []; // { iframe, type, handler }

	function frameOrigin(iframe) {
		try {
			return new URL(iframe.getAttribute('src') || '', document.baseURI).origin;
		} catch (e) {
			return null;
		}
	}

	function isMapFrame(iframe) {
		if (iframe.hasAttribute('data-incident-map')) return true;
		try {
			var url = new URL(iframe.getAttribute('src') || '', document.baseURI);
			return /^\/embed\/?$/.test(url.pathname);
		} catch (e) {
			return false;
		}
	}

	function frames() {
		return Array.prototype.filter.call(document.getElementsByTagName('iframe'), isMapFrame);
	}

	function frameFor(event) {
		var list = frames();
		for (var i = 0; i < list.length; i++) {
			var iframe = list[i];
			if (event.source === iframe.contentWindow && event.origin === frameOrigin(iframe)) return iframe;
		}
		return null;
	}

	window.addEventListener('message', function (event) {
		var data = event.data;
		if (!data || typeof data !== 'object' || data.source !== SOURCE || data.version !== VERSION) return;
		var iframe = frameFor(event);
		if (!iframe) return;
		if (data.type === 'resize' && typeof data.height === 'number' && isFinite(data.height) && data.height > 0)
			iframe.style.height = Math.ceil(data.height) + 'px';
		handlers.slice().forEach(function (h) {
			if (h.iframe === iframe && (h.type === data.type || h.type === '*')) h.handler(data);
		});
	});

	window.IncidentMap = {
		version: VERSION,
		on: function (iframe, type, handler) {
			var entry = { iframe: iframe, type: type, handler: handler };
			handlers.push(entry);
			return function () {
				var at = handlers.indexOf(entry);
				if (at >= 0) handlers.splice(at, 1);
			};
		},
		send: function (iframe, command) {
			var origin = frameOrigin(iframe);
			if (!origin || !iframe.contentWindow) return false;
			var message = {};
			for (var k in command) if (Object.prototype.hasOwnProperty.call(command, k)) message[k] = command[k];
			message.source = HOST_SOURCE;
			message.version = VERSION;
			iframe.contentWindow.postMessage(message, origin);
			return true;
		}
	};
})();
