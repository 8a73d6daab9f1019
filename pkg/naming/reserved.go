package naming

// Reserved words per language, as space-separated lists so they read like the
// language references they come from. Keywords can never be identifiers;
// "predeclared" names are legal but shadowing them is a classic bug, so
// namebot treats them as reserved too and never suggests them (see Validate).
//
// Contextual keywords that are ordinary identifiers outside one construct
// (Python's match/case/type, C#'s var/value/async, Kotlin's modifiers, Swift's
// get/set/willSet, TypeScript's type/declare) are left out: a variable called
// type is fine in all of those languages.

const pythonKeywords = `False None True and as assert async await break class continue def del
elif else except finally for from global if import in is lambda nonlocal not or pass raise
return try while with yield`

// pythonBuiltins are the built-in functions and types a name must not shadow
// (flake8-builtins' rule A001).
const pythonBuiltins = `abs aiter all anext any ascii bin bool breakpoint bytearray bytes callable
chr classmethod compile complex delattr dict dir divmod enumerate eval exec filter float format
frozenset getattr globals hasattr hash help hex id input int isinstance issubclass iter len list
locals map max memoryview min next object oct open ord pow print property range repr reversed
round set setattr slice sorted staticmethod str sum super tuple type vars zip __import__`

// jsKeywords are ECMAScript's reserved words including the strict-mode ones,
// since modules and classes are always strict.
const jsKeywords = `await break case catch class const continue debugger default delete do else
enum export extends false finally for function if implements import in instanceof interface let
new null package private protected public return static super switch this throw true try typeof
var void while with yield`

// jsGlobals can be declared but should not be: strict mode forbids binding
// eval and arguments, and shadowing undefined, NaN or Infinity misleads.
const jsGlobals = `arguments eval undefined NaN Infinity globalThis`

const javaKeywords = `abstract assert boolean break byte case catch char class const continue
default do double else enum extends final finally float for goto if implements import instanceof
int interface long native new package private protected public return short static strictfp
super switch synchronized this throw throws transient try void volatile while true false null _`

// javaRestricted are Java's restricted identifiers, illegal as type names
// only.
const javaRestricted = `var yield record sealed permits`

const kotlinKeywords = `as break class continue do else false for fun if in interface is null
object package return super this throw true try typealias typeof val var when while`

const goKeywords = `break case chan const continue default defer else fallthrough for func go
goto if import interface map package range return select struct switch type var`

// goPredeclared are Go's predeclared identifiers (plus init and main, which
// mean something special at package level).
const goPredeclared = `any bool byte comparable complex64 complex128 error float32 float64 int int8
int16 int32 int64 rune string uint uint8 uint16 uint32 uint64 uintptr true false iota nil append
cap clear close complex copy delete imag len make max min new panic print println real recover
init main`

const cKeywords = `auto break case char const continue default do double else enum extern float
for goto if inline int long register restrict return short signed sizeof static struct switch
typedef union unsigned void volatile while _Alignas _Alignof _Atomic _Bool _Complex _Generic
_Imaginary _Noreturn _Static_assert _Thread_local alignas alignof bool constexpr false nullptr
static_assert thread_local true typeof typeof_unqual _BitInt _Decimal32 _Decimal64 _Decimal128`

// cPredeclared are macros and library names that break code when shadowed
// (a function of your own called free or strlen clashes with the C library's).
const cPredeclared = `main NULL errno assert stdin stdout stderr EOF malloc calloc realloc free
printf fprintf sprintf scanf puts strlen strcpy strncpy strcmp strcat memcpy memmove memset exit abort`

const cppKeywords = `alignas alignof and and_eq asm auto bitand bitor bool break case catch char
char8_t char16_t char32_t class compl concept const consteval constexpr constinit const_cast
continue co_await co_return co_yield decltype default delete do double dynamic_cast else enum
explicit export extern false float for friend goto if inline int long mutable namespace new
noexcept not not_eq nullptr operator or or_eq private protected public register reinterpret_cast
requires return short signed sizeof static static_assert static_cast struct switch template this
thread_local throw true try typedef typeid typename union unsigned using virtual void volatile
wchar_t while xor xor_eq`

const cppPredeclared = `main NULL errno assert std`

const csharpKeywords = `abstract as base bool break byte case catch char checked class const
continue decimal default delegate do double else enum event explicit extern false finally fixed
float for foreach goto if implicit in int interface internal is lock long namespace new null object
operator out override params private protected public readonly ref return sbyte sealed short
sizeof stackalloc static string struct switch this throw true try typeof uint ulong unchecked
unsafe ushort using virtual void volatile while`

// rustKeywords are the strict and reserved keywords up to the 2024 edition.
const rustKeywords = `as break const continue crate else enum extern false fn for if impl in let
loop match mod move mut pub ref return self Self static struct super trait true type unsafe use
where while async await dyn abstract become box do final macro override priv typeof unsized
virtual yield try gen`

const swiftKeywords = `associatedtype class deinit enum extension fileprivate func import init
inout internal let open operator private precedencegroup protocol public rethrows static struct
subscript typealias var break case catch continue default defer do else fallthrough for guard if
in repeat return throw switch where while Any as await false is nil self Self super throws true
try _`

const rubyKeywords = `__ENCODING__ __LINE__ __FILE__ BEGIN END alias and begin break case class
def defined? do else elsif end ensure false for if in module next nil not or redo rescue retry
return self super then true undef unless until when while yield`

// phpKeywords are compared case-insensitively, as PHP does; they include the
// names reserved for classes (int, string, mixed ...).
const phpKeywords = `__halt_compiler abstract and array as break callable case catch class
clone const continue declare default die do echo else elseif empty enddeclare endfor endforeach
endif endswitch endwhile enum eval exit extends final finally fn for foreach function global goto
if implements include include_once instanceof insteadof interface isset list match namespace new
or print private protected public readonly require require_once return static switch throw trait
try unset use var while xor yield __class__ __dir__ __file__ __function__ __line__ __method__
__namespace__ __trait__ __property__ true false null`

// phpTypeNames are reserved for class, interface and trait names only.
const phpTypeNames = `int float bool string void iterable object mixed never self parent static`

// tsTypeNames cannot name a TypeScript class, interface or type alias.
const tsTypeNames = `any number string boolean symbol void never unknown object bigint undefined`
