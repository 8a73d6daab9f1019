package suggest

import (
	"regexp"
	"strings"
)

// How developers really type in a naming chat: what they are building
// first (쇼핑몰 만드는데, JPA 쓰는데, 리액트 프로젝트인데), the library in
// passing (gorm으로, nestjs에서), the layer the method lives in (DAO 함수,
// 서비스 메서드). All of it is context, never part of the name. refine runs
// these passes right after collectionPasses.
var contextPasses = []func([]item) []item{leadClause, toolInPassing, roleBeforeKind}

func init() {
	addGrammar(koGrammar, "셀레니움 아두이노 코어데이터 레트로핏 플라스크 스벨트", gramWord{g: gContext}, false)
	addGrammar(enGrammar, "nestjs nextjs swiftui room_db core_data arduino stm32 esp32 fastapi vuejs reactjs", gramWord{g: gContext}, true)
}

// buildVerbs are what a developer says they are doing with the project
// (만드는데, 짜는데, 쓰는데, 개발하는데) before the actual question.
var buildVerbs = map[string]bool{"create": true, "make": true, "write": true, "develop": true, "build": true, "use": true,
	"implement": true, "work": true, "code": true, "study": true, "practice": true, "program": true}

// projectNouns: 쇼핑몰 프로젝트인데, 과제인데: what is being built.
var projectNouns = map[string]bool{"project": true, "app": true, "assignment": true, "homework": true, "game": true, "website": true,
	"site": true, "service": true, "server": true, "bot": true, "program": true, "mall": true, "blog": true, "toy project": true}

// leadClause: 할일 앱 만드는데 할일 완료 표시하는 함수, JPA 쓰는데 회원 탈퇴
// 하는 메서드, 리액트 프로젝트인데 ...: a clause ending in -는데 that says
// what is being built or used is the setting; the question starts after
// it. A state (값이 비어있는데) or a purpose (모달 띄우려고 하는데) stays.
func leadClause(items []item) []item {
	for i := len(items) - 2; i >= 0; i-- {
		it := items[i]
		if it.eng || !strings.HasSuffix(it.rest, "데") {
			continue
		}
		if i+1 < len(items) && hasAnyPrefix(items[i+1].surface, costWords...) {
			continue // 만드는데 걸리는 시간: the time the making takes
		}
		ok := it.isVerb() && buildVerbs[it.t.en()]
		if it.g == gStop && i > 0 && items[i-1].isNoun() { // 작업 하는데
			ok = true
		}
		if (it.part == partCopula || strings.HasSuffix(it.rest, "인데")) && (it.g == gContext || it.isNoun() && it.t != nil && projectNouns[it.t.en()]) {
			ok = true
		}
		if !ok {
			continue
		}
		for _, r := range items[i+1:] {
			if r.t != nil {
				return items[i+1:]
			}
		}
		return items
	}
	return items
}

// toolInPassing: nestjs에서 주문 생성하는, gin으로 핸들러 만드는: an
// unknown lower-case English word (or axios, which names the client
// elsewhere: axios 인스턴스) that opens the question with 에서 or (으)로 is
// the library the code uses, not something it handles.
func toolInPassing(items []item) []item {
	if len(items) > 2 {
		if it := &items[0]; it.eng && (it.t == nil || it.t.en() == "axios") && it.g == gNone && (it.part == partLoc || it.part == partDir || it.part == partFrom) &&
			strings.ToLower(it.surface) == it.surface {
			it.g = gContext
		}
	}
	return items
}

// roleBeforeKind: 즐겨찾기한 상품 가져오는 DAO 함수, 글 저장하는
// repository 메서드: after the clause, a layer's role word before the
// function kind word says where the method lives (as layerBeforeKind does
// for 서비스, 유틸), not what it does.
func roleBeforeKind(items []item) []item {
	for i := 1; i+1 < len(items); i++ {
		it := items[i]
		if items[i+1].g == gFunction && it.isNoun() && it.t != nil && it.part == partNone && layerRoles[it.t.en()] && (items[i-1].isVerb() && items[i-1].mood == moodMod || items[i-1].g == gList) {
			return append(items[:i:i], items[i+1:]...)
		}
	}
	return items
}

var layerRoles = map[string]bool{"dao": true, "service": true, "repository": true, "middleware": true}

// costWords after -는 데 say what the action costs (쓰는데 걸린 시간).
var costWords = []string{"걸리", "걸린", "걸렸", "드는", "든", "필요", "소요"}

var reLeadClause = regexp.MustCompile(`^.{2,60}?(?:만드|만들|짜|쓰|개발하|구현하|작업하|작업 하|사용하|공부하|연습하|(?:프로젝트|앱|과제|게임|사이트|서버|봇|프로그램)인)는?데[,.]?\s+`)

// leadContext is the question without its opening 만드는데 clause (see
// leadClause), for the phrasebook: a line must not fire on the setting
// (api 서버 만드는데 jwt 토큰 검증하는 is verifying, not creating).
func leadContext(q string) string {
	if m := reLeadClause.FindStringIndex(q); m != nil && !hasAnyPrefix(q[m[1]:], costWords...) {
		return q[m[1]:]
	}
	return q
}
