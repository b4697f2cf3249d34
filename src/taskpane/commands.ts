/**
 * The manifest's FunctionFile (commands.html): the ribbon button only shows the task pane, so
 * this page only tells Office it is ready. A bundle rather than an inline script, which the
 * Content-Security-Policy forbids.
 */
if (typeof Office !== "undefined") void Office.onReady();
