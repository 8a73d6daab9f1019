package suggest

import "strings"

// Grammar: the words that carry no term of their own but say what kind of
// name is wanted and what shape it takes (개수 -> a count, 여부 -> a boolean,
// 최대 -> max_, 초 -> _seconds). They live here, in code, not in the
// glossary: the glossary is vocabulary, this is grammar.

type gram uint8

const (
	gNone     gram = iota
	gFunction      // 함수, function
	gVariable      // 변수, variable
	gConstant      // 상수, constant
	gClass         // 클래스, class, struct
	gEnum          // enum, 열거형
	gBoolean       // 불리언, flag, boolean
	gRequest       // 추천, suggest, name
	gCount         // 개수, 횟수, number of
	gList          // 목록, 리스트, list of
	gMax           // 최대, max
	gMin           // 최소, min
	gDefault       // 기본, default
	gYesNo         // 여부, whether
	gBy            // 기준, by, per
	gAsync         // 비동기, async
	gWhen          // 때, when
	gHolder        // 담다, holds: the variable is its object
	gCheck         // 확인하다, check if: the question inside is the name
	gReturn        // 반환하다, returns: the function gets its object
	gExist         // 있다: has
	gAbsent        // 없다: has no
	gProgress      // 중: is ...ing
	gCan           // can, able
	gIs            // is, are, was
	gHandler       // 핸들러, handler, listener, callback
	gStop          // words that mean nothing for the name
	gOf            // of
	gTo            // to, into
	gFrom          // from
	gWith          // with, using, via
	gIn            // in (a unit: "in milliseconds"), on
	gThat          // that, which, who: a clause (its verb) follows
	gAnd           // and, or
	gNot           // not, no
	gUnit          // a unit (suffix in unit)
	gSort          // 순서대로, in order (sorting words handled as verbs)
)

// gramWord is one grammar entry.
type gramWord struct {
	g    gram
	unit string // gUnit: the identifier suffix
}

// Korean grammar words: nouns and particles-like words, matched as nouns.
var koGrammar = map[string]gramWord{}

// Korean grammar verbs, conjugated like glossary verbs.
var koGrammarVerbs = map[string]gram{
	"담다": gHolder, "나타내다": gHolder, "가리키다": gHolder, "의미하다": gHolder, "표현하다": gHolder,
	"보관하다": gHolder, "기억하다": gHolder, "묶어두다": gHolder, "모아두다": gHolder, "모아놓다": gHolder, "묶어놓다": gHolder, "들고있다": gHolder, "가지다": gHolder, "갖다": gHolder, "표시하다": gHolder,
	"확인하다": gCheck, "검사하다": gCheck, "체크하다": gCheck, "판단하다": gCheck, "판별하다": gCheck, "알아보다": gCheck, "알려주다": gCheck,
	"반환하다": gReturn, "돌려주다": gReturn, "리턴하다": gReturn, "돌려받다": gReturn, "얻어오다": gReturn,
	"있다": gExist, "없다": gAbsent,
	"추천하다": gRequest, "짓다": gRequest, "만들어주다": gRequest, "지어주다": gRequest, "정하다": gRequest, "알려주세요": gRequest,
	"위하다": gStop, "대하다": gStop, "관하다": gStop, "사용하다": gStop, "쓰이다": gStop, "이용하다": gStop, "필요하다": gStop,
	"호출되다": gWhen, "실행되다": gWhen, "불리다": gWhen,
}

func init() {
	add := func(g gram, words string) { addGrammar(koGrammar, words, gramWord{g: g}, false) }
	add(gFunction, "함수 함수명 함수이름 메서드 메소드 메서드명 메소드명 펑션 람다")
	add(gVariable, "변수 변수명 변수이름 필드 속성 프로퍼티 멤버변수 지역변수 로컬변수 전역변수 인스턴스변수 정적변수 멤버필드")
	add(gConstant, "상수 상수명 상숫값")
	add(gClass, "클래스 클래스명 구조체 타입명 모델 객체 컴포넌트 인터페이스 데이터클래스 트레이트 트레잇 프로토콜 모듈 레코드 타입 제네릭")
	add(gEnum, "열거형 이넘 열거체 열거")
	add(gBoolean, "불리언 불린 플래그 참거짓 불값")
	add(gRequest, "추천 이름 네이밍 작명 명명 제안 예시 후보 좋은이름 이름좀 좀 뭐가좋아 뭐가좋을까 뭐가좋을까요 뭐가좋아요 뭐가나아 뭐로하지 뭐라하지")
	add(gCount, "개수 갯수 수 횟수 건수 카운트 숫자")
	add(gList, "목록 리스트 배열 모음 컬렉션 집합 슬라이스 세트 명단 해시셋 어레이리스트 링크드리스트")
	add(gMax, "최대 최대값 최댓값 최대치 최고 상한 상한값")
	add(gMin, "최소 최소값 최솟값 최저 하한 하한값")
	add(gDefault, "기본 기본값 디폴트 초기값")
	add(gYesNo, "여부 유무")
	add(gBy, "기준 기준으로 별로 마다")
	add(gAsync, "비동기 비동기적 비동기로 비동기적으로 논블로킹으로 넌블로킹으로")
	add(gWhen, "때 경우 시점 직후 직전")
	add(gProgress, "중 도중 진행중")
	add(gHandler, "핸들러 리스너 콜백 이벤트핸들러")
	add(gStop, "것 거 용 용도 관련 대한 위한 위해 통해 통한 하는 해주는 해 줘 주세요 그 이 저 각 모든 어떤 현재값 값 주어진 주어지는 지정한 지정된")
	unit := func(u string, words string) { addGrammar(koGrammar, words, gramWord{g: gUnit, unit: u}, false) }
	unit("ms", "밀리초 밀리세컨드 밀리초단위")
	unit("seconds", "초 초단위 세컨드")
	unit("minutes", "분 분단위")
	unit("hours", "시간단위")
	unit("days", "일수 일단위")
	unit("bytes", "바이트")
	unit("kb", "킬로바이트")
	unit("mb", "메가바이트")
	unit("gb", "기가바이트")
	unit("px", "픽셀")
	unit("percent", "퍼센트 백분율")
}

// addGrammar maps each space-separated word of words to w; with
// underscores, "_" in a word stands for a space (English phrases). The
// init functions' add closures call it: their ~80 inlined copies of this
// loop were ~14 KB of chatsend.
//
//go:noinline
func addGrammar(m map[string]gramWord, words string, w gramWord, underscores bool) {
	for _, s := range strings.Fields(words) {
		if underscores {
			s = strings.ReplaceAll(s, "_", " ")
		}
		m[s] = w
	}
}

// enGrammar maps English grammar words.
var enGrammar = map[string]gramWord{}

func init() {
	add := func(g gram, words string) { addGrammar(enGrammar, words, gramWord{g: g}, true) }
	add(gFunction, "function functions func method methods fn routine helper coroutine fun def")
	add(gVariable, "variable variables var vars field property attribute member_variable data_member instance_variable computed_property")
	add(gConstant, "constant constants const consts")
	add(gClass, "class classes struct structs type types model interface interfaces trait traits protocol protocols module modules component components dataclass record concern concerns mixin mixins newtype")
	add(gEnum, "enum enums enumeration")
	add(gBoolean, "boolean booleans bool flag flags")
	add(gRequest, "should_i_use should_we_use can_i_use do_i_use what_should_i_call what_do_i_call what_to_call what_to_name how_to_name how_do_i_name how_should_i_name what_should_i_name call_it name_for what how name names naming suggest suggestion suggestions recommend recommendation give need want please idea ideas good better best nice")
	add(gCount, "number_of count_of how_many amount_of numbers")
	add(gList, "list_of array_of collection_of set_of slice_of vector_of list lists array arrays collection hash_set hashset array_list arraylist vec observable_collection observablecollection")
	add(gMax, "max maximum max_number_of upper_limit")
	add(gMin, "min minimum lower_limit")
	add(gDefault, "default")
	add(gYesNo, "whether")
	add(gBy, "by per")
	add(gAsync, "async asynchronous asynchronously completable_future")
	add(gWhen, "when whenever once after")
	add(gHolder, "hold holds holding store_the contain contains containing keep keeps represent represents representing indicate indicates say says tell_me mean means describe describes track_of")
	add(gCheck, "check checks checking determine determines tell tells test tests see verify_whether check_whether check_if reports_whether report_whether reports_if returns_whether return_whether returns_true_if decides_whether decide_whether decides_if decide_if")
	add(gReturn, "return returns returning give_back gives_back")
	add(gExist, "there_is there_are exist exists any")
	add(gProgress, "currently in_progress still while")
	add(gCan, "can could able allowed may")
	add(gIs, "is are was were be been being has_been have_been am")
	add(gHandler, "handler handlers listener listeners callback callbacks closure closures completion_handler")
	add(gOf, "of")
	add(gTo, "to into onto")
	add(gFrom, "from out_of")
	add(gWith, "with using via through")
	add(gIn, "in on at inside within for during like such_as before between among")
	add(gThat, "that which who")
	add(gAnd, "and or")
	add(gNot, "not no")
	add(gStop, `a an the given for this these those its it it's their them they his her our your my i me we you together
		some all each every so such as than then if do does did doing done should would will shall must
		just only also very really here there something anything thing things stuff value values data_of
		called named new_one etc like e.g ie based on_the two both right_now already yet anymore possible`)
	unit := func(u string, words string) { addGrammar(enGrammar, words, gramWord{g: gUnit, unit: u}, true) }
	unit("ms", "ms millisecond milliseconds millis msec")
	unit("seconds", "seconds second secs sec")
	unit("minutes", "minutes minute mins")
	unit("hours", "hours hour hrs")
	unit("days", "days")
	unit("bytes", "bytes byte")
	unit("kb", "kb kilobytes kilobyte")
	unit("mb", "mb megabytes megabyte")
	unit("gb", "gb gigabytes gigabyte")
	unit("px", "px pixels pixel")
	unit("percent", "percent percentage")
}

// grammarIndex is koGrammar plus the conjugated grammar verbs, built with
// the glossary.
type grammarIndex struct {
	ko    map[string][]gramMatch
	koMax int
}

type gramMatch struct {
	g    gram
	unit string
	form vform
}

func buildGrammar() *grammarIndex {
	gi := &grammarIndex{ko: map[string][]gramMatch{}}
	put := func(k string, m gramMatch) {
		gi.ko[k] = append(gi.ko[k], m)
		if n := len([]rune(k)); n > gi.koMax {
			gi.koMax = n
		}
	}
	for k, v := range koGrammar {
		put(k, gramMatch{g: v.g, unit: v.unit, form: formNoun})
	}
	for d, g := range koGrammarVerbs {
		for _, c := range conjugate(d) {
			if c.form == formNoun {
				continue
			}
			put(c.surface, gramMatch{g: g, form: c.form})
		}
	}
	return gi
}
