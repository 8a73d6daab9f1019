package suggest

import "strings"

// Passes for words a question uses in a sense of their own. refine runs
// these in the order of passGroups (refine.go).
var vocabPasses = []func([]item) []item{stateThenStatus, failureReason}

// stateThenStatus: 모달 열림 상태, 사용자 활성 상태 변수, 사이드바 접힘
// 상태를 담는 변수: a state written as a noun, with 상태, after a noun and
// at the end of its phrase asks whether the thing is in it (isModalOpen,
// isUserActive), like 열림 여부. 로딩 상태 (a status of its own) and 활성
// 상태 사용자 (the state before a noun) stay.
func stateThenStatus(items []item) []item {
	for i := 1; i < len(items); i++ {
		n, a := items[i-1], items[i]
		if n.eng || a.eng || !n.isNoun() || !a.isAdj() || a.form != formNoun || a.t.en() == "loading" {
			continue
		}
		j := i + 1 // the 상태 after the state, or the state's own (활성 상태)
		if strings.HasSuffix(a.surface, "상태") {
			j = i
		} else if j >= len(items) || items[j].eng || items[j].surface != "상태" || items[j].t == nil || items[j].t.en() != "status" || a.rest != "" {
			continue
		}
		if r := items[j].rest; r != "" && r != "를" && r != "을" {
			continue
		}
		if k := j + 1; k < len(items) && (items[k].isNoun() || items[k].g == gYesNo || items[k].g == gList || items[k].g == gCount) {
			continue // 활성 상태 목록, 열림 상태 여부
		}
		yes := item{g: gYesNo, surface: "여부", known: true, rest: items[j].rest}
		if j == i {
			items[i].rest = ""
			return append(items[:i+1], append([]item{yes}, items[i+1:]...)...)
		}
		items[j] = yes
	}
	return items
}

// failureReason: 로그인 실패 사유, 네트워크 요청 실패 이유 enum, 유효성 검사
// 실패 에러: what failed is a noun before its failure reason or its error
// (LoginFailureReason, ValidationError; 요청 is a request, not the verb).
func failureReason(items []item) []item {
	for i := 1; i < len(items); i++ {
		r := items[i]
		if r.eng || r.t == nil || r.g != gNone {
			continue
		}
		switch r.t.en() {
		case "failure reason", "error", "exception":
		default:
			continue
		}
		if k := i + 1; k < len(items) && items[k].g != gClass && items[k].g != gEnum && items[k].g != gRequest {
			continue // the error is what the name is about, not a type of its own (업로드 에러 발생 시)
		}
		j := i - 1
		if a := items[j]; j > 0 && !a.eng && a.isAdj() && a.t.en() == "failed" && a.rest == "" {
			j-- // 실패 에러
		}
		for ; j >= 0 && items[j].isVerbalNoun() && items[j].rest == "" && !items[j].eng; j-- {
			v := verbNoun(items[j].t)
			if v == nil {
				v = items[j].alt
			}
			if v == nil || v.Class != 'n' {
				v = &Term{Words: items[j].t.Words, Class: 'n'}
			}
			items[j].t, items[j].words, items[j].alt = v, v.Words, nil
		}
	}
	return items
}
