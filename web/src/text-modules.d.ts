// esbuild bundles the example programs (web/src/examples/*.py) as strings (loader "text", set in
// scripts/build-web.js and the tests' bundler).
declare module "*.py" {
  const text: string;
  export default text;
}
