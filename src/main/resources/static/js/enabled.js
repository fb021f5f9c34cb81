// GOV.UK Frontend styles some components differently once it knows scripts run; a file, not an inline script, so
// the pages' Content-Security-Policy can forbid inline scripts altogether.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
