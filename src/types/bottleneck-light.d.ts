// bottleneck/light.js is the build @octokit/plugin-throttling uses (no Redis clustering); same API.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}
