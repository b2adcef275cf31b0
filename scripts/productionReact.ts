// Imported first by the scripts that render React on the server (prerender.ts, publish.ts):
// React picks its build when first loaded, and its development build writes each lazy part's
// Suspense message, with a component stack naming this machine's files, into the page. The
// production build, which the editor's "Download for the web" runs, writes none.
process.env.NODE_ENV = 'production';
