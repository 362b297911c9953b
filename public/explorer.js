// The ledger's explorer: GraphiQL over /graphql, with subscriptions over graphql-ws on the same
// path. Each tab's Authorization header is sent with its requests and its live connection; until
// a token is pasted over the placeholder, the explorer says where to find one instead of sending.
/* global React, ReactDOM, GraphiQL, graphqlWs */
(function () {
  'use strict';
  var tabs = JSON.parse(document.getElementById('explorer-tabs').textContent);
  var url = new URL('/graphql', window.location.href).href;
  var socketUrl = url.replace(/^http/, 'ws');
  var clients = {};

  var socketFor = function (authorization) {
    var key = authorization || '';
    if (!clients[key]) {
      clients[key] = graphqlWs.createClient({
        url: socketUrl,
        connectionParams: authorization ? { authorization: authorization } : {},
      });
    }
    return clients[key];
  };

  var isSubscription = function (query, operationName) {
    var pattern = operationName
      ? new RegExp('subscription\\s+' + operationName + '\\b')
      : /^\s*subscription\b/m;
    return pattern.test(query.replace(/#.*$/gm, ''));
  };

  var headerOf = function (headers, name) {
    var found = Object.keys(headers || {}).find(function (key) {
      return key.toLowerCase() === name;
    });
    return found ? headers[found] : undefined;
  };

  var askForToken = function (authorization) {
    return {
      errors: [
        {
          message:
            'Paste a token into the Headers tab below, in place of ' +
            authorization +
            ': npm start prints one demo token per role (they are also in data/demo-tokens.json).',
        },
      ],
    };
  };

  var fetcher = function (params, options) {
    var headers = (options && options.headers) || {};
    var authorization = headerOf(headers, 'authorization');
    if (authorization && authorization.indexOf('<') !== -1) {
      // The schema is readable without a token; anything else waits for one.
      if (params.operationName !== 'IntrospectionQuery') {
        return Promise.resolve(askForToken(authorization));
      }
      headers = {};
    }
    if (isSubscription(params.query, params.operationName)) {
      return socketFor(authorization).iterate(params);
    }
    return fetch(url, {
      method: 'POST',
      headers: Object.assign({ 'content-type': 'application/json' }, headers),
      body: JSON.stringify(params),
    }).then(function (response) {
      return response.json();
    });
  };

  // Kept in memory only: every visit opens on the examples, and no token is left in the browser.
  var memory = {};
  var storage = {
    getItem: function (key) {
      return key in memory ? memory[key] : null;
    },
    setItem: function (key, value) {
      memory[key] = String(value);
    },
    removeItem: function (key) {
      delete memory[key];
    },
    clear: function () {
      memory = {};
    },
    get length() {
      return Object.keys(memory).length;
    },
  };

  ReactDOM.createRoot(document.getElementById('explorer')).render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultTabs: tabs.map(function (tab) {
        return { query: tab.query, variables: tab.variables, headers: tab.headers };
      }),
      // GraphiQL fills the first tab's editors from these, not from defaultTabs.
      variables: tabs[0].variables,
      headers: tabs[0].headers,
      storage: storage,
      defaultEditorToolsVisibility: 'headers',
    }),
  );
})();
