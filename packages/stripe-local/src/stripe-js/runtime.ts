/**
 * Browser code (plain ES2017, kept as a string) for `window.Stripe(pk, options)`: the subset of
 * Stripe.js that `@stripe/stripe-js` and `@stripe/react-stripe-js` use with the Payment Element.
 * It expects `ORIGIN`, `THREE_DS_MESSAGE`, `createCardElement` and `createStubElement` in scope.
 */
export const RUNTIME_SOURCE = String.raw`
  function encode(params, prefix) {
    var parts = [];
    Object.keys(params).forEach(function (key) {
      var value = params[key];
      if (value === undefined || value === null) { return; }
      var name = prefix ? prefix + "[" + key + "]" : key;
      if (typeof value === "object") {
        var nested = encode(value, name);
        if (nested) { parts.push(nested); }
      } else {
        parts.push(encodeURIComponent(name) + "=" + encodeURIComponent(String(value)));
      }
    });
    return parts.join("&");
  }

  function integrationError(message) {
    return { type: "invalid_request_error", message: message };
  }

  function intentIdFromSecret(clientSecret) {
    return String(clientSecret || "").split("_secret_")[0];
  }

  function api(key, method, path, params) {
    var url = ORIGIN + "/v1" + path;
    var body = encode(params || {});
    var init = { method: method, headers: { Authorization: "Bearer " + key } };
    if (method === "GET") {
      if (body) { url += "?" + body; }
    } else {
      init.headers["Content-Type"] = "application/x-www-form-urlencoded";
      init.body = body;
    }
    return fetch(url, init).then(function (response) {
      return response.json().then(function (json) {
        return response.ok ? { data: json } : { error: json.error || { type: "api_error", message: "HTTP " + response.status } };
      });
    }, function (error) {
      return { error: { type: "api_connection_error", message: String((error && error.message) || error) } };
    });
  }

  /** Shows the server's 3-D Secure page in a modal iframe until it reports back (or the intent leaves requires_action). */
  function authenticate(key, intent, clientSecret) {
    return new Promise(function (resolve) {
      var action = intent.next_action || {};
      var url = action.use_stripe_sdk ? action.use_stripe_sdk.stripe_js : action.redirect_to_url && action.redirect_to_url.url;
      var overlay = document.createElement("div");
      overlay.setAttribute("role", "dialog");
      overlay.setAttribute("aria-modal", "true");
      overlay.setAttribute("aria-label", "3-D Secure authentication");
      overlay.setAttribute("data-testid", "stripe-3ds-modal");
      overlay.style.cssText = "position:fixed;inset:0;background:rgba(0,0,0,.45);display:flex;align-items:center;justify-content:center;z-index:2147483647;";
      var frame = document.createElement("iframe");
      frame.src = url;
      frame.title = "3-D Secure authentication";
      frame.setAttribute("data-testid", "stripe-3ds-frame");
      frame.style.cssText = "width:min(480px,94vw);height:min(420px,90vh);border:0;border-radius:8px;background:#fff;";
      overlay.appendChild(frame);
      document.body.appendChild(overlay);
      var done = false;
      function finish() {
        if (done) { return; }
        done = true;
        window.removeEventListener("message", onMessage);
        clearInterval(poll);
        if (overlay.parentNode) { overlay.parentNode.removeChild(overlay); }
        resolve();
      }
      function onMessage(event) {
        var data = event.data || {};
        if (event.origin === ORIGIN && data.type === THREE_DS_MESSAGE && data.payment_intent === intent.id) { finish(); }
      }
      window.addEventListener("message", onMessage);
      var poll = setInterval(function () {
        api(key, "GET", "/payment_intents/" + intent.id, { client_secret: clientSecret }).then(function (result) {
          if (result.data && result.data.status !== "requires_action") { finish(); }
        });
      }, 1000);
    });
  }

  function settle(intent) {
    if (intent.status === "requires_payment_method" && intent.last_payment_error) {
      return { error: Object.assign({}, intent.last_payment_error, { payment_intent: intent }) };
    }
    return { paymentIntent: intent };
  }

  function retrieve(key, clientSecret) {
    return api(key, "GET", "/payment_intents/" + intentIdFromSecret(clientSecret), { client_secret: clientSecret });
  }

  function handleActions(key, intent, clientSecret) {
    if (intent.status !== "requires_action") { return Promise.resolve(settle(intent)); }
    return authenticate(key, intent, clientSecret).then(function () {
      return retrieve(key, clientSecret).then(function (result) { return result.error ? { error: result.error } : settle(result.data); });
    });
  }

  function confirmIntent(key, clientSecret, body, handle) {
    body.client_secret = clientSecret;
    body.use_stripe_sdk = "true";
    return api(key, "POST", "/payment_intents/" + intentIdFromSecret(clientSecret) + "/confirm", body).then(function (result) {
      if (result.error) { return { error: result.error }; }
      return handle === false ? { paymentIntent: result.data } : handleActions(key, result.data, clientSecret);
    });
  }

  function returnLocation(returnUrl, intent) {
    var url = new URL(returnUrl, window.location.href);
    url.searchParams.set("payment_intent", intent.id);
    url.searchParams.set("payment_intent_client_secret", intent.client_secret);
    url.searchParams.set("redirect_status", intent.status === "succeeded" || intent.status === "requires_capture" || intent.status === "processing" ? "succeeded" : "failed");
    return url.toString();
  }

  /** The card to send: an explicit payment method id, or what the mounted element holds. */
  function paymentMethodParams(elements, explicit, extraData) {
    if (explicit) { return { payment_method: explicit }; }
    var element = elements && elements._paymentElement();
    if (!element || !element._mounted) { return { error: integrationError("Mount a Payment Element before confirming the payment.") }; }
    var collected = element._collect();
    if (collected.error) { element._showError(collected.error); return { error: collected.error }; }
    return { payment_method_data: Object.assign({ type: "card", card: collected.card }, extraData || {}) };
  }

  function createElements(options) {
    var opts = Object.assign({}, options || {});
    var byType = {};
    var group = {
      _submitted: false,
      create: function (type, elementOptions) {
        if (byType[type] && !byType[type]._destroyed) { throw new Error("Can only create one Element of type " + type + "."); }
        byType[type] = type === "payment" || type === "card" ? createCardElement(group, type, elementOptions) : createStubElement(type);
        return byType[type];
      },
      getElement: function (type) { var element = byType[type]; return element && !element._destroyed ? element : null; },
      update: function (next) {
        Object.assign(opts, next || {});
        Object.keys(byType).forEach(function (type) { if (byType[type]._relabel) { byType[type]._relabel(); } });
      },
      fetchUpdates: function () { return Promise.resolve({}); },
      submit: function () {
        var element = group._paymentElement();
        if (!element) { return Promise.resolve({ error: integrationError("elements.submit() needs a mounted Payment Element.") }); }
        var collected = element._collect();
        if (collected.error) { element._showError(collected.error); return Promise.resolve({ error: collected.error }); }
        group._submitted = true;
        return Promise.resolve({ selectedPaymentMethod: "card" });
      },
      _options: function () { return opts; },
      _paymentElement: function () { return group.getElement("payment") || group.getElement("card"); },
      _forget: function (type) { delete byType[type]; }
    };
    return group;
  }

  function Stripe(key, stripeOptions) {
    if (!(this instanceof Stripe)) { return new Stripe(key, stripeOptions); }
    if (typeof key !== "string" || key.indexOf("pk_test_") !== 0) {
      throw new Error("stripe-local: Stripe() needs a test publishable key (pk_test_...).");
    }
    var stripe = this;
    stripe._key = key;
    stripe._options = stripeOptions || {};

    stripe.elements = function (options) { return createElements(options); };

    stripe.confirmPayment = function (params) {
      params = params || {};
      var elements = params.elements;
      var confirmParams = params.confirmParams || {};
      var redirect = params.redirect || "always";
      var deferred = Boolean(params.clientSecret);
      var clientSecret = params.clientSecret || (elements && elements._options().clientSecret);
      if (!clientSecret) { return Promise.resolve({ error: integrationError("Missing clientSecret: pass it to elements() or confirmPayment().") }); }
      if (deferred && elements && !elements._submitted) {
        return Promise.resolve({ error: integrationError("elements.submit() must be called before stripe.confirmPayment(). Call elements.submit() as soon as your customer presses pay, prior to any asynchronous work.") });
      }
      if (redirect !== "if_required" && !confirmParams.return_url) {
        return Promise.resolve({ error: integrationError("stripe.confirmPayment(): confirmParams.return_url is required unless redirect is 'if_required'.") });
      }
      var body = paymentMethodParams(elements, confirmParams.payment_method, confirmParams.payment_method_data);
      if (body.error) { return Promise.resolve({ error: body.error }); }
      ["return_url", "setup_future_usage", "shipping", "receipt_email", "save_payment_method"].forEach(function (name) {
        if (confirmParams[name] !== undefined) { body[name] = confirmParams[name]; }
      });
      return confirmIntent(key, clientSecret, body, true).then(function (result) {
        if (result.error || redirect === "if_required") { return result; }
        window.location.assign(returnLocation(confirmParams.return_url, result.paymentIntent));
        return new Promise(function () {});
      });
    };

    stripe.confirmCardPayment = function (clientSecret, data, options) {
      data = data || {};
      var method = data.payment_method;
      var body;
      if (typeof method === "string") {
        body = { payment_method: method };
      } else if (method && method.card) {
        var collected = method.card._collect();
        if (collected.error) { method.card._showError(collected.error); return Promise.resolve({ error: collected.error }); }
        body = { payment_method_data: Object.assign({ type: "card", card: collected.card }, method.billing_details ? { billing_details: method.billing_details } : {}) };
      } else {
        body = {};
      }
      if (data.return_url) { body.return_url = data.return_url; }
      if (data.setup_future_usage) { body.setup_future_usage = data.setup_future_usage; }
      return confirmIntent(key, clientSecret, body, !(options && options.handleActions === false));
    };

    stripe.retrievePaymentIntent = function (clientSecret) {
      return retrieve(key, clientSecret).then(function (result) { return result.error ? { error: result.error } : { paymentIntent: result.data }; });
    };

    stripe.handleNextAction = function (params) {
      var clientSecret = (params || {}).clientSecret;
      return retrieve(key, clientSecret).then(function (result) {
        return result.error ? { error: result.error } : handleActions(key, result.data, clientSecret);
      });
    };

    stripe.handleCardAction = function (clientSecret) { return stripe.handleNextAction({ clientSecret: clientSecret }); };

    stripe.createPaymentMethod = function (params) {
      params = params || {};
      var source = params.elements ? params.elements._paymentElement() : params.card || (params.element);
      if (!source) { return Promise.resolve({ error: integrationError("createPaymentMethod needs elements or a card element.") }); }
      var collected = source._collect();
      if (collected.error) { source._showError(collected.error); return Promise.resolve({ error: collected.error }); }
      var extra = params.params || params;
      var body = { type: "card", card: collected.card };
      if (extra.billing_details) { body.billing_details = extra.billing_details; }
      return api(key, "POST", "/payment_methods", body).then(function (result) {
        return result.error ? { error: result.error } : { paymentMethod: result.data };
      });
    };

    stripe.confirmSetup = function (params) {
      params = params || {};
      var clientSecret = params.clientSecret || (params.elements && params.elements._options().clientSecret);
      var confirmParams = params.confirmParams || {};
      var body = paymentMethodParams(params.elements, confirmParams.payment_method, confirmParams.payment_method_data);
      if (body.error) { return Promise.resolve({ error: body.error }); }
      body.client_secret = clientSecret;
      return api(key, "POST", "/setup_intents/" + intentIdFromSecret(clientSecret) + "/confirm", body).then(function (result) {
        if (result.error) { return { error: result.error }; }
        if (params.redirect !== "if_required" && confirmParams.return_url) {
          window.location.assign(confirmParams.return_url);
          return new Promise(function () {});
        }
        return { setupIntent: result.data };
      });
    };

    stripe.retrieveSetupIntent = function (clientSecret) {
      return api(key, "GET", "/setup_intents/" + intentIdFromSecret(clientSecret), { client_secret: clientSecret }).then(function (result) {
        return result.error ? { error: result.error } : { setupIntent: result.data };
      });
    };

    stripe.createToken = function () {
      return Promise.resolve({ error: integrationError("createToken is not supported by the stripe-local stand-in; use PaymentMethods.") });
    };

    stripe.paymentRequest = function () {
      return { canMakePayment: function () { return Promise.resolve(null); }, on: function () {}, off: function () {}, show: function () {}, update: function () {} };
    };

    stripe.registerAppInfo = function () {};
    stripe._registerWrapper = function () {};
  }
`
