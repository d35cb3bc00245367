// The theme chosen with the header's toggle (light or dark; none follows the system), applied
// before the page is drawn: a plain blocking script in <head>, so there is no flash of the other theme.
try {
  var theme = localStorage.getItem("claimboard-theme");
  if (theme === "light" || theme === "dark") document.documentElement.setAttribute("data-theme", theme);
} catch (e) {
  // No storage (private mode, blocked): the system's theme.
}
