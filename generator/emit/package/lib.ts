/**
 * The lib both compilers (compile.ts, native.ts) give declarations: the one `transpileDeclaration`
 * gives its program (TypeScript's `barebonesLibContent`), so that they come out as from it.
 */
export const LIB_TEXT = `interface Boolean {}
interface Function {}
interface CallableFunction {}
interface NewableFunction {}
interface IArguments {}
interface Number {}
interface Object {}
interface RegExp {}
interface String {}
interface Array<T> { length: number; [n: number]: T; }
interface SymbolConstructor {
    (desc?: string | number): symbol;
    for(name: string): symbol;
    readonly toStringTag: symbol;
}
declare var Symbol: SymbolConstructor;
interface Symbol {
    readonly [Symbol.toStringTag]: string;
}`;
