/**
 * Browser code (plain ES2017, kept as a string) for the stand-in Payment/Card Element: three
 * labelled inputs with the test ids `stripe-card-number`, `stripe-card-expiry`, `stripe-card-cvc`,
 * Stripe's validation messages in English, French and Arabic, and the element events.
 * It defines `createCardElement(group, type, options)` and `createStubElement(type)`.
 */
export const CARD_ELEMENT_SOURCE = String.raw`
  var MESSAGES = {
    en: {
      group: "Card details", number: "Card number", expiry: "Expiration date (MM / YY)", cvc: "Security code (CVC)",
      incomplete_number: "Your card number is incomplete.", invalid_number: "Your card number is invalid.",
      incomplete_expiry: "Your card's expiration date is incomplete.", invalid_expiry_year_past: "Your card's expiration year is in the past.",
      invalid_expiry_month: "Your card's expiration month is invalid.", incomplete_cvc: "Your card's security code is incomplete."
    },
    fr: {
      group: "Coordonnées de la carte", number: "Numéro de carte", expiry: "Date d'expiration (MM / AA)", cvc: "Code de sécurité (CVC)",
      incomplete_number: "Le numéro de votre carte est incomplet.", invalid_number: "Le numéro de votre carte est invalide.",
      incomplete_expiry: "La date d'expiration de votre carte est incomplète.", invalid_expiry_year_past: "L'année d'expiration de votre carte est passée.",
      invalid_expiry_month: "Le mois d'expiration de votre carte est invalide.", incomplete_cvc: "Le code de sécurité de votre carte est incomplet."
    },
    ar: {
      group: "بيانات البطاقة", number: "رقم البطاقة", expiry: "تاريخ الانتهاء (شهر / سنة)", cvc: "رمز الأمان (CVC)",
      incomplete_number: "رقم بطاقتك غير مكتمل.", invalid_number: "رقم بطاقتك غير صالح.",
      incomplete_expiry: "تاريخ انتهاء بطاقتك غير مكتمل.", invalid_expiry_year_past: "سنة انتهاء بطاقتك قد مضت.",
      invalid_expiry_month: "شهر انتهاء بطاقتك غير صالح.", incomplete_cvc: "رمز الأمان لبطاقتك غير مكتمل."
    }
  };

  var elementCounter = 0;

  function messagesFor(locale) {
    var language = String(locale || (document.documentElement && document.documentElement.lang) || "en").slice(0, 2).toLowerCase();
    return { language: MESSAGES[language] ? language : "en", text: MESSAGES[language] || MESSAGES.en };
  }

  function digits(value) { return String(value || "").replace(/\D/g, ""); }

  function luhn(number) {
    var sum = 0;
    for (var i = 0; i < number.length; i++) {
      var digit = Number(number.charAt(number.length - 1 - i));
      if (i % 2 === 1) { digit *= 2; if (digit > 9) { digit -= 9; } }
      sum += digit;
    }
    return sum % 10 === 0;
  }

  function parseExpiry(value) {
    var raw = digits(value);
    if (raw.length < 4) { return null; }
    var month = Number(raw.slice(0, 2));
    var year = Number(raw.slice(2));
    return { exp_month: month, exp_year: year < 100 ? 2000 + year : year };
  }

  function validationError(code, text) {
    return { type: "validation_error", code: code, message: text[code] };
  }

  function createStubElement(type) {
    var listeners = {};
    return {
      _type: type,
      _destroyed: false,
      mount: function () { setTimeout(function () { (listeners.ready || []).forEach(function (cb) { cb({ elementType: type }); }); }, 0); },
      unmount: function () {}, destroy: function () { this._destroyed = true; },
      on: function (name, cb) { (listeners[name] = listeners[name] || []).push(cb); return this; },
      off: function (name, cb) { listeners[name] = (listeners[name] || []).filter(function (item) { return item !== cb; }); return this; },
      once: function (name, cb) { return this.on(name, cb); },
      update: function () {}, collapse: function () {}, focus: function () {}, blur: function () {}, clear: function () {}
    };
  }

  function createCardElement(group, type, options) {
    var listeners = {};
    var state = { options: options || {}, root: null, inputs: null, errorBox: null, lastError: null };
    var id = "stripe-local-" + (++elementCounter);

    function emit(name, payload) {
      (listeners[name] || []).slice().forEach(function (cb) {
        try { cb(payload); } catch (error) { setTimeout(function () { throw error; }, 0); }
      });
    }

    function read() {
      return {
        number: digits(state.inputs.number.value),
        expiry: parseExpiry(state.inputs.expiry.value),
        expiryRaw: digits(state.inputs.expiry.value),
        cvc: digits(state.inputs.cvc.value)
      };
    }

    function validate() {
      var text = messagesFor(group._options().locale).text;
      var card = read();
      if (card.number.length < 13) { return validationError("incomplete_number", text); }
      if (!luhn(card.number)) { return validationError("invalid_number", text); }
      if (!card.expiry) { return validationError("incomplete_expiry", text); }
      if (card.expiry.exp_month < 1 || card.expiry.exp_month > 12) { return validationError("invalid_expiry_month", text); }
      var today = new Date();
      if (card.expiry.exp_year < today.getFullYear() || (card.expiry.exp_year === today.getFullYear() && card.expiry.exp_month < today.getMonth() + 1)) {
        return validationError("invalid_expiry_year_past", text);
      }
      if (card.cvc.length < 3) { return validationError("incomplete_cvc", text); }
      return null;
    }

    function showError(error) {
      state.lastError = error;
      if (state.errorBox) { state.errorBox.textContent = error ? error.message : ""; }
    }

    function field(name, testId, autocomplete, placeholder, text) {
      var wrapper = document.createElement("div");
      wrapper.style.cssText = "display:flex;flex-direction:column;gap:4px;margin-block-end:10px;";
      var label = document.createElement("label");
      label.htmlFor = id + "-" + name;
      label.textContent = text[name];
      var input = document.createElement("input");
      input.id = id + "-" + name;
      input.name = name;
      input.type = "text";
      input.inputMode = "numeric";
      input.autocomplete = autocomplete;
      input.placeholder = placeholder;
      input.setAttribute("data-testid", testId);
      input.style.cssText = "font:inherit;padding:10px 12px;border:1px solid #c4c9d4;border-radius:6px;direction:ltr;text-align:start;";
      input.addEventListener("input", function () {
        group._submitted = false;
        var error = validate();
        var card = read();
        var empty = !card.number && !card.expiryRaw && !card.cvc;
        if (state.lastError && !error) { showError(null); }
        emit("change", { elementType: type, empty: empty, complete: !error, collapsed: false, value: { type: "card" }, error: undefined });
      });
      input.addEventListener("focus", function () { emit("focus", { elementType: type }); });
      input.addEventListener("blur", function () {
        var card = read();
        if (card.number || card.expiryRaw || card.cvc) { showError(validate()); }
        emit("blur", { elementType: type });
      });
      wrapper.appendChild(label);
      wrapper.appendChild(input);
      return { wrapper: wrapper, label: label, input: input };
    }

    function render() {
      var locale = messagesFor(group._options().locale);
      var root = document.createElement("div");
      root.className = "stripe-local-element";
      root.setAttribute("data-testid", "stripe-" + type + "-element");
      root.setAttribute("role", "group");
      root.setAttribute("aria-label", locale.text.group);
      root.dir = locale.language === "ar" ? "rtl" : "ltr";
      var number = field("number", "stripe-card-number", "cc-number", "1234 1234 1234 1234", locale.text);
      var expiry = field("expiry", "stripe-card-expiry", "cc-exp", "MM / YY", locale.text);
      var cvc = field("cvc", "stripe-card-cvc", "cc-csc", "CVC", locale.text);
      var errorBox = document.createElement("div");
      errorBox.setAttribute("role", "alert");
      errorBox.setAttribute("data-testid", "stripe-card-error");
      errorBox.style.cssText = "color:#b3261e;min-height:1.2em;";
      [number, expiry, cvc].forEach(function (item) { root.appendChild(item.wrapper); });
      root.appendChild(errorBox);
      state.inputs = { number: number.input, expiry: expiry.input, cvc: cvc.input };
      state.labels = { number: number.label, expiry: expiry.label, cvc: cvc.label };
      state.errorBox = errorBox;
      return root;
    }

    var element = {
      _type: type,
      _destroyed: false,
      _mounted: false,
      mount: function (target) {
        if (this._destroyed) { throw new Error("This Element has already been destroyed. Please create a new one."); }
        var node = typeof target === "string" ? document.querySelector(target) : target;
        if (!node) { throw new Error("The selector you specified (" + target + ") applies to no DOM elements that are currently on the page."); }
        if (!state.root) { state.root = render(); }
        node.appendChild(state.root);
        this._mounted = true;
        setTimeout(function () { emit("ready", { elementType: type }); }, 0);
      },
      unmount: function () {
        if (state.root && state.root.parentNode) { state.root.parentNode.removeChild(state.root); }
        this._mounted = false;
      },
      destroy: function () {
        this.unmount();
        this._destroyed = true;
        group._forget(type);
      },
      on: function (name, cb) { (listeners[name] = listeners[name] || []).push(cb); return this; },
      off: function (name, cb) {
        listeners[name] = cb ? (listeners[name] || []).filter(function (item) { return item !== cb; }) : [];
        return this;
      },
      once: function (name, cb) {
        var self = this;
        function wrapped(payload) { self.off(name, wrapped); cb(payload); }
        return this.on(name, wrapped);
      },
      update: function (next) { state.options = Object.assign({}, state.options, next || {}); },
      collapse: function () { return this; },
      focus: function () { if (state.inputs) { state.inputs.number.focus(); } },
      blur: function () { if (state.inputs && document.activeElement && state.root && state.root.contains(document.activeElement)) { document.activeElement.blur(); } },
      clear: function () { if (state.inputs) { state.inputs.number.value = ""; state.inputs.expiry.value = ""; state.inputs.cvc.value = ""; showError(null); } },
      _relabel: function () {
        if (!state.labels) { return; }
        var text = messagesFor(group._options().locale).text;
        state.labels.number.textContent = text.number;
        state.labels.expiry.textContent = text.expiry;
        state.labels.cvc.textContent = text.cvc;
      },
      _showError: showError,
      _collect: function () {
        if (!state.inputs) { return { error: { type: "invalid_request_error", message: "The Payment Element is not mounted." } }; }
        var error = validate();
        if (error) { return { error: error }; }
        var card = read();
        return { card: { number: card.number, exp_month: String(card.expiry.exp_month), exp_year: String(card.expiry.exp_year), cvc: card.cvc } };
      }
    };
    return element;
  }
`
