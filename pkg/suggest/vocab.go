package suggest

import (
	"slices"
	"strings"
)

// Passes for words a question uses in a sense of their own. refine runs
// these in the order of passGroups (refine.go).
var vocabPasses = []func([]item) []item{stateThenStatus, failureReason, expiryInUnits, unitCount, unitAfterNoun, mediaDuration, whetherChecked, controlDisabled, nowDoing, recordFunction, autoVerb, raiseIsUpload}

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

// timeUnit: the item is a unit of time (초 단위, 30일, 일수).
func timeUnit(it item) bool {
	return it.g == gUnit && perUnitWords.get(it.unit) != "" || it.g == gNone && it.t != nil && it.t.Class == 'u' && perUnitWords.get(it.t.Suffix) != ""
}

// expiryInUnits: JWT 토큰 유효기간 초 단위, 쿠폰 유효기간 30일: an expiry
// given in a unit of time is a length, not a date: a token's, a cache's or a
// link's is its ttl (JWT_TTL_SECONDS), another's its expiry (COUPON_EXPIRY_DAYS).
func expiryInUnits(items []item) []item {
	at, unit, ttl := -1, false, false
	for i, it := range items {
		switch {
		case timeUnit(it):
			unit = true
		case !it.eng && it.t != nil && it.t.en() == "expiry date":
			at = i
		case it.t != nil && (it.t.Class == 'n' || it.form == formNoun):
			ttl = ttl || oneOf(lastWord(strings.Fields(it.t.en())), "token|cache|session|link|code|cookie|key|otp|url|jwt")
		}
	}
	if at < 0 || !unit {
		return items
	}
	t := &Term{Words: []string{"expiry"}, Class: 'n', Mass: true, Korean: items[at].t.Korean}
	if ttl {
		t = ttlTerm()
	}
	items[at].t, items[at].words = t, t.Words
	return items
}

// unitCount: 할부 개월 수, 대출 기간 년수: a count of months or years is
// that many (installmentMonths, loanYears); 기간 before it goes, the unit
// says it.
func unitCount(items []item) []item {
	for i, it := range items {
		if it.eng || it.g != gNone || it.t == nil || it.t.Class != 'u' || it.t.Suffix != "months" && it.t.Suffix != "years" || !strings.HasSuffix(it.surface, "수") {
			continue
		}
		t := &Term{Words: []string{it.t.Suffix}, Class: 'n', Mass: true, Korean: it.t.Korean}
		items[i] = item{t: t, words: t.Words, surface: it.surface, known: true, part: it.part, rest: it.rest}
		if i > 0 && !items[i-1].eng && items[i-1].t != nil && items[i-1].t.en() == "duration" && items[i-1].rest == "" {
			items = append(items[:i-1], items[i:]...)
		}
		break
	}
	return items
}

// unitAfterNoun: 모터 속도 rpm, 배터리 용량 mAh, 최대 거리 미터, 샘플링 주기
// 100Hz: a unit after what it measures is the name's suffix (motor_speed_rpm,
// not revolutions_per_minute); a period given in hertz is a rate
// (SAMPLE_RATE_HZ, BLINK_FREQUENCY_HZ).
func unitAfterNoun(items []item) []item {
	for i := 2; i < len(items); i++ {
		// "motor current in milliamps", "overheat threshold in degrees
		// celsius": English says the unit after in (MAX_MOTOR_CURRENT_MA;
		// was MAX_CURRENT_MOTOR, the unit lost); a currency stays a noun
		// (a limit in won: DAILY_TRANSFER_LIMIT as often as …_KRW)
		if u := items[i]; u.eng && u.g == gNone && u.t != nil && u.t.Class == 'u' && u.t.Suffix != "" && !currencySuffixes.has(u.t.Suffix) && items[i-1].eng && items[i-1].g == gIn && items[i-2].isNoun() {
			items[i] = item{g: gUnit, unit: strings.ReplaceAll(u.t.Suffix, " ", "_"), surface: u.surface, known: true, eng: true}
			items = slices.Delete(items, i-1, i)
			break
		}
	}
	for i := 1; i < len(items); i++ {
		it := items[i]
		if it.g != gNone || it.t == nil || it.t.Class != 'u' || it.t.Suffix == "" || !items[i-1].isNoun() && !items[i-1].isVerbalNoun() || perUnitWords.get(it.t.Suffix) != "" {
			continue
		}
		items[i].words = splitWords(it.t.Suffix)
		if !strings.HasSuffix(it.t.Suffix, "hz") {
			continue
		}
		for j := i - 1; j >= 0 && items[j].isNoun(); j-- {
			switch p := &items[j]; {
			case p.t == nil || p.eng:
			case p.t.en() == "sampling interval":
				r := termOr("sample rate", 'n')
				p.t, p.words = r, r.Words
			case p.t.en() == "interval":
				r := termOr("frequency", 'n')
				p.t, p.words = r, r.Words
			}
		}
	}
	return items
}

// mediaDuration: 오디오 파일 길이, 음성 메시지 길이: how long a recording
// plays is its duration (getAudioDuration), not a length (파일 길이 is a
// file's size).
func mediaDuration(items []item) []item {
	for i := 1; i < len(items); i++ {
		if it := items[i]; it.eng || it.t == nil || it.t.en() != "length" {
			continue
		}
		for j := i - 1; j >= 0 && items[j].isNoun() && items[j].t != nil; j-- {
			if media := strings.Join(items[j].t.Words, " "); strings.Contains(" audio video song track music clip recording voice movie podcast episode ", " "+lastWord(strings.Fields(media))+" ") ||
				strings.HasPrefix(media, "voice ") || strings.HasPrefix(media, "audio ") {
				t := termOr("duration", 'n')
				items[i].t, items[i].words = t, t.Words
				break
			}
		}
	}
	return items
}

// recordFunction: 수면 시간 기록 함수, 체중 기록하는 메서드: 기록 before the
// kind of name is the action, logging (logSleepTime), not a history.
func recordFunction(items []item) []item {
	for i := 1; i+1 < len(items); i++ {
		r := items[i]
		if r.eng || r.surface != "기록" || r.rest != "" || r.t == nil || r.t.en() != "history" || items[i+1].g != gFunction || !items[i-1].isNoun() {
			continue
		}
		t := termOr("log", 'v')
		items[i].t, items[i].words, items[i].form = t, t.Words, formNoun
	}
	return items
}

// autoVerb: 자동 취소하는, 자동 저장: an action done on its own is auto-
// (autoCancelOrder, AutoCancelOrderJob, autoSave), not an automatic thing.
func autoVerb(items []item) []item {
	for i := 0; i+1 < len(items); i++ {
		a, v := items[i], items[i+1]
		if a.eng || v.eng || a.surface != "자동" || a.t == nil || a.t.en() != "automatic" || v.g != gNone || v.t == nil || v.t.Class != 'v' {
			continue
		}
		w := v.t.en()
		t := *v.t
		t.Words, t.Alt = append([]string{"auto"}, v.t.Words...), nil
		t.PP, t.Ing = "auto "+participle(v.t, w), "auto "+gerund(v.t, w)
		items[i+1].t, items[i+1].words = &t, t.Words
		items[i+1].surface = a.surface + " " + v.surface // 자동 is read: auto says it
		return append(items[:i], items[i+1:]...)
	}
	return items
}

// collectionNoun: a noun that is many things already (shufflePlaylist,
// not shufflePlaylists).
const collectionNoun lazySet = `playlist list queue deck array stack cart wishlist collection inventory album`

// unitSuffix: w is a unit's suffix (bytes, meters, volts, months): a plural
// that names no list (batteryVoltageVolts has no batteryVoltageVoltList).
func unitSuffix(w string) bool {
	loadUnits() // (it looped over every term per call)
	return unitSuffixes[w] || w == "pixels"
}

// whetherChecked: 사용자 팔로우 여부 확인, 결제 여부 체크: 확인 after 여부 is
// the checking the function does (as 확인하는), not a state (isUserFollowed,
// was isUserChecked).
func whetherChecked(items []item) []item {
	for i := 1; i < len(items); i++ {
		c := items[i]
		if c.eng || items[i-1].g != gYesNo || !c.isVerbalNoun() || c.t.en() != "check" && c.t.en() != "verify" {
			continue
		}
		if i+1 < len(items) && items[i+1].g == gNone {
			continue
		}
		items[i] = item{g: gCheck, surface: c.surface, known: true, rest: c.rest}
		return items
	}
	return items
}

// controlDisabled: 장바구니 담기 버튼 비활성화 여부, 입력창 비활성화하는
// 함수: a control on a screen is disabled, not deactivated
// (isButtonDisabled, disableInput); an account or a user stays inactive.
func controlDisabled(items []item) []item {
	control := false
	for _, it := range items {
		if it.t != nil && it.t.Class == 'n' && controlHeads.has(lastWord(strings.Fields(it.t.en()))) {
			control = true
		}
	}
	if !control {
		return items
	}
	for i, it := range items {
		switch {
		case it.eng || it.t == nil:
		case it.t.en() == "inactive" || it.t.en() == "deactivate" && (it.form == formPassAdn || it.form == formPassPast || i+1 < len(items) && items[i+1].g == gYesNo):
			t := termOr("disabled", 'a')
			items[i].t, items[i].words, items[i].alt = t, t.Words, nil
		case it.t.en() == "deactivate":
			t := termOr("disable", 'v')
			items[i].t, items[i].words = t, t.Words
		}
	}
	return items
}

const controlHeads lazySet = `button input field checkbox switch tab menu link dropdown slider form`

// nowDoing: 지금 배달 중인지, 현재 재생 중인지: now before what is in
// progress says nothing the -ing does not (isDelivering, not isCurrent).
func nowDoing(items []item) []item {
	for i := 0; i+2 < len(items); i++ {
		if n := items[i]; !n.eng && n.t != nil && n.t.en() == "current" && n.isAdj() && (n.surface == "지금" || n.surface == "현재") &&
			(items[i+1].isVerbalNoun() || items[i+1].isNoun()) && items[i+2].g == gProgress {
			return append(items[:i], items[i+1:]...)
		}
	}
	return items
}

// raiseIsUpload: 한번에 올릴 수 있는 파일, 올린 사진, 파일 올리기 전에: 올리다
// beside a file, a photo or a video is upload (was MAX_INCREMENT_FILE); of a number it
// stays increment. The frame does the same for the question's own verb
// (settle.go).
func raiseIsUpload(items []item) []item {
	for i, it := range items {
		if it.eng || it.g != gNone || it.t == nil || it.t.en() != "increment" || !strings.HasPrefix(it.surface, "올") || it.rest != "" && it.mood == moodNone {
			continue
		}
		for j := max(i-1, 0); j < len(items) && j <= i+3; j++ {
			if n := items[j]; n.isNoun() && uploadThings.has(n.words[len(n.words)-1]) {
				u := termOr("upload", it.t.Class)
				items[i].t, items[i].words, items[i].alt = u, u.Words, nil
				break
			}
		}
	}
	return items
}

// uploadThings are what is uploaded, not raised.
const uploadThings lazySet = `file photo image picture video attachment document avatar thumbnail media audio clip post`

const currencySuffixes lazySet = `krw usd eur jpy cny gbp`
