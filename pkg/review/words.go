package review

import (
	_ "embed"
	"strings"
)

// The word lists the review judges with. They are decisions, written down
// in README.md ("The name review"); a test keeps each list free of the
// well-established short words that must never be flagged.

// abbreviations maps an unclear abbreviation to the word(s) it stands for,
// best first. Only abbreviations a reader has to guess are here: the short
// words every programmer reads at sight (established) are not.
var abbreviations = listsOf(`cnt=count, usr=user, tmp=temp, val=value, mgr=manager, btn=button, msg=message, pwd=password,
	passwd=password, pw=password, svc=service, amt=amount, qty=quantity, calc=calculate,
	mgmt=management, tbl=table, txt=text, lbl=label, pic=picture, grp=group, cur=current, acct=account,
	emp=employee, dept=department, cust=customer, rslt=result, lst=list, srv=server, svr=server,
	evt=event, hdr=header, pkt=packet, chk=check, upd=update, qry=query, tot=total, nbr=number,
	lvl=level, wnd=window, bal=balance, trx=transaction, fnc=function, tgt=target, cfg=config,
	spd=speed, disp=display, cond=condition, sts=status, usrnm=username, prc=price, prd=product,
	rcv=receive, dlg=dialog, frm=form, dttm=datetime`)

// established are short words that are fine everywhere. They are listed so
// that a test can keep them out of the other lists.
var established = setOf(`id ids url uri http https db ctx err i j k n x y z num max min src dst buf len idx
	req res resp config auth io api json xml html css sql ui os env args argv argc param params
	str ptr fmt pos avg sum info ok fn cb el ev e db tx rx ip tcp udp dns ssl tls jwt uuid utf
	app doc docs repo init impl spec util lib pkg`)

// shortOK are abbreviations a language's or convention's own style uses:
// the Linux kernel style asks for short local names (tmp, cnt), and Go and
// C code write tmp everywhere.
var shortOK = map[string]map[string]bool{
	"C":  setOf("tmp"),
	"Go": setOf("tmp cfg srv"),
}

// genericNouns are words that name nothing by themselves.
var genericNouns = setOf(`data info information value val values temp tmp obj object objects thing things
	stuff foo bar baz qux dummy misc whatever something var variable`)

// vagueWords may stand beside a generic noun without saying anything more:
// verbs that fit every function (processData, handleData, doStuff,
// getValue) and fillers (myData).
var vagueWords = setOf(`process handle do manage perform get set make run execute update my the a some`)

// hungarian are the type prefixes of Hungarian notation, as the first word
// of a name followed by at least one more word. "b" (boolean) and "m"/"g"
// (member, global) count only when the name spells them apart (bIsValid,
// m_name, mName, g_count): a first word "b" is always followed by a capital
// or an underscore, because Split made it a word of its own.
var hungarian = map[string][2]string{
	"str": {"문자열 타입", "string type"}, "sz": {"문자열 타입", "string type"}, "lpsz": {"문자열 포인터 타입", "string pointer type"},
	"psz": {"문자열 포인터 타입", "string pointer type"}, "arr": {"배열 타입", "array type"}, "obj": {"객체 타입", "object type"},
	"b": {"불리언 타입", "boolean type"}, "dbl": {"double 타입", "double type"}, "lst": {"리스트 타입", "list type"},
	"dw": {"DWORD 타입", "DWORD type"}, "m": {"멤버 변수", "member scope"}, "g": {"전역 변수", "global scope"},
}

// predicateWords start a boolean's name as a yes/no question.
var predicateWords = setOf(`is has have can could should was were will did does do are needs need must may
	allows allow supports support contains include includes exists uses wants`)

// antonyms turn a negated predicate into its positive opposite
// (isNotValid -> isInvalid, notFound -> isMissing).
var antonyms = listsOf(`valid=invalid, found=missing, enabled=disabled, disabled=enabled, visible=hidden, hidden=visible,
	active=inactive, available=unavailable, allowed=denied, complete=incomplete, completed=pending,
	connected=disconnected, locked=unlocked, unlocked=locked, equal=different, present=missing,
	ready=pending, logged in=logged out, checked=unchecked, selected=unselected, open=closed,
	closed=open, empty=filled, expired=valid, verified=unverified, supported=unsupported,
	authorized=unauthorized, authenticated=anonymous`)

// stdlibNegations mirror standard-library predicates (Kotlin's
// isNotEmpty, isNotBlank; Apache Commons' isNotNull) and are not flagged.
var stdlibNegations = setOf("isnotempty isnotblank isnotnull")

// numberedOK are words that end in digits because the number is part of
// the name (utf8, sha256, int64, ipv4 ...); a single letter before the
// number (x1, y2, t0, i32, u8) is coordinates or a type, also fine.
var numberedOK = setOf(`utf sha md int uint float vec vector mat mp ipv http oauth base h win crc latin iso
	rfc es py python html css web argon pbkdf ec ucs aes rsa ed curve blake ripemd murmur fnv adler xxh
	bz lz arm amd sse avx gpt php dim level2 bcrypt ecma scrypt keccak ripemd160 mpeg mpeg4 sqlite x509
	tls ssl ssh smtp pop imap net dotnet java cpp vp av ogg jpeg bit bits byte bytes kb mb gb`)

// participles turn a status noun into a predicate (loginStatus -> isLoggedIn).
var participles = listsOf(`login=logged in, logout=logged out, signup=signed up, signin=signed in, verify=verified,
	verification=verified, enable=enabled, activate=activated, activation=activated, delete=deleted,
	lock=locked, connect=connected, connection=connected, complete=completed, completion=completed,
	check=checked, select=selected, selection=selected, approve=approved, approval=approved,
	subscribe=subscribed, subscription=subscribed, payment=paid, pay=paid, read=read, open=open,
	close=closed, agree=agreed, agreement=agreed, auth=authenticated, authentication=authenticated,
	expire=expired, expiry=expired, use=used, visible=visible, valid=valid, active=active, ready=ready,
	admin=admin`)

// statusWords end a boolean's name without saying which answer is true
// (loginStatus, deleteFlag, useYn).
var statusWords = setOf("status state flag yn bool boolean")

//go:embed romanized.txt
var romanizedData string

// romanEntry is one line of romanized.txt.
type romanEntry struct {
	english []string
	hangul  string
}

// romanized maps each spelling to its entry.
var romanized = parseRomanized(romanizedData)

func parseRomanized(data string) map[string]*romanEntry {
	out := map[string]*romanEntry{}
	for _, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		parts := strings.Split(line, "|")
		if len(parts) != 3 {
			continue // the data test reports malformed lines
		}
		e := &romanEntry{english: strings.Fields(parts[0]), hangul: strings.TrimSpace(parts[1])}
		for _, s := range strings.Fields(parts[2]) {
			out[strings.ToLower(s)] = e
		}
	}
	return out
}

// listsOf reads "key=a|b, key=c" (a key may have spaces: logged in=logged
// out): one string, where a map literal of slices inserted entry by entry in
// init code (~100 bytes each, 9 KB of the bootstraps for abbreviations and
// antonyms).
func listsOf(list string) map[string][]string {
	m := map[string][]string{}
	for _, p := range strings.Split(list, ",") {
		k, v, _ := strings.Cut(p, "=")
		if k = strings.TrimSpace(k); k != "" {
			m[k] = strings.Split(strings.TrimSpace(v), "|")
		}
	}
	return m
}

func setOf(list string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(list) {
		m[w] = true
	}
	return m
}
