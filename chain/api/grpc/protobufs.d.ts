// @protobufs/* packages ship .proto files; index.js exports the package's directory.
declare module "@protobufs/cosmos" {
  const dir: string;
  export default dir;
}
