import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js'
import { initAll as initMoj } from '/webjars/ministryofjustice__frontend/moj/moj-frontend.min.js'

initAll()
initMoj()

// What htmx swaps into a page (a filtered table, a process's questions) needs its components started as well; the
// page itself was started above.
document.addEventListener('htmx:load', (event) => {
  if (event.detail.elt === document.body) return
  initAll({ scope: event.detail.elt })
  initMoj({ scope: event.detail.elt })
})
