package namebot

import (
	"fmt"
	"strings"
)

// Lang is a language the product speaks to people in.
type Lang string

// The languages the product speaks.
const (
	Korean  Lang = "ko"
	English Lang = "en"
)

// catalogue maps a key to its Korean and English text. Keep keys short and
// stable; they are also what tests assert on.
var catalogue = map[string][2]string{
	// generic
	"internal":          {"서버에서 문제가 생겼습니다. 잠시 후 다시 시도해 주세요.", "Something went wrong on our side. Please try again shortly."},
	"unavailable":       {"서비스를 잠시 사용할 수 없습니다. 잠시 후 다시 시도해 주세요.", "The service is temporarily unavailable. Please try again shortly."},
	"invalid_fields":    {"입력값을 확인해 주세요.", "Please check the highlighted fields."},
	"invalid_json":      {"요청 본문이 올바른 JSON이 아닙니다.", "The request body is not valid JSON."},
	"invalid_utf8":      {"요청 본문이 UTF-8이 아닙니다.", "The request body is not valid UTF-8."},
	"invalid_body":      {"요청 본문의 형식이 올바르지 않습니다.", "The request body has the wrong shape."},
	"body_too_large":    {"요청 본문이 너무 큽니다 (최대 %d바이트).", "The request body is too large (at most %d bytes)."},
	"unsupported_media": {"지원하지 않는 Content-Type입니다. application/json을 사용해 주세요.", "Unsupported Content-Type. Use application/json."},
	"cross_origin":      {"다른 사이트에서 보낸 요청은 처리하지 않습니다.", "Requests sent from another site are refused."},
	"route_not_found":   {"요청한 주소를 찾을 수 없습니다.", "No such endpoint."},
	"not_found":         {"찾을 수 없습니다.", "Not found."},
	"bad_cursor":        {"페이지 커서가 올바르지 않습니다.", "The page cursor is malformed."},
	"bad_limit":         {"limit은 1에서 %d 사이의 정수여야 합니다.", "limit must be an integer from 1 to %d."},
	"bad_client_id":     {"영문자, 숫자, -, _ 로 된 %d자 이하의 값이어야 합니다.", "Use at most %d letters, digits, - or _."},

	// field problems
	"required":          {"필수 항목입니다.", "This field is required."},
	"too_long":          {"%d자 이하로 입력해 주세요.", "Use at most %d characters."},
	"too_short":         {"%d자 이상 입력해 주세요.", "Use at least %d characters."},
	"wrong_type":        {"%s 형식이어야 합니다.", "Must be a %s."},
	"unknown_field":     {"알 수 없는 항목입니다.", "Unknown field."},
	"duplicate_field":   {"같은 항목이 두 번 이상 있습니다.", "This field appears more than once."},
	"bidi_chars":        {"글자 방향을 바꾸는 제어 문자(RLO 등)는 사용할 수 없습니다.", "Characters that change the text direction (such as RLO) are not allowed."},
	"bad_email":         {"올바른 이메일 주소를 입력해 주세요.", "Enter a valid email address."},
	"weak_password":     {"비밀번호는 영문자와 숫자를 모두 포함해야 합니다.", "The password must contain a letter and a digit."},
	"password_mismatch": {"비밀번호가 일치하지 않습니다.", "The passwords do not match."},
	"password_is_email": {"이메일과 다른 비밀번호를 사용해 주세요.", "Use a password different from your email."},
	"control_chars":     {"사용할 수 없는 문자가 포함되어 있습니다.", "Contains characters that are not allowed."},
	"one_of":            {"다음 중 하나여야 합니다: %s", "Must be one of: %s"},

	// accounts
	"email_taken":               {"이미 가입된 이메일입니다.", "This email is already registered."},
	"bad_credentials":           {"이메일 또는 비밀번호가 올바르지 않습니다.", "Incorrect email or password."},
	"login_throttled":           {"로그인 시도가 너무 많습니다. %d초 후 다시 시도해 주세요.", "Too many login attempts. Try again in %d seconds."},
	"signup_throttled":          {"이 주소에서 오늘 가입할 수 있는 횟수를 모두 사용했습니다. %d초 후 다시 시도해 주세요.", "Too many sign-ups from this address today. Try again in %d seconds."},
	"password_throttled":        {"비밀번호를 너무 많이 틀렸습니다. %d초 후 다시 시도해 주세요.", "Too many wrong passwords. Try again in %d seconds."},
	"auth_required":             {"로그인 후 사용해주세요.", "Please sign in first."},
	"token_invalid":             {"인증 정보가 유효하지 않습니다. 다시 로그인해 주세요.", "Your credentials are invalid. Please sign in again."},
	"token_expired":             {"로그인이 만료되었습니다. 다시 로그인해 주세요.", "Your session has expired. Please sign in again."},
	"refresh_missing":           {"리프레시 토큰이 없습니다. 다시 로그인해 주세요.", "No refresh token. Please sign in again."},
	"refresh_invalid":           {"리프레시 토큰이 유효하지 않습니다. 다시 로그인해 주세요.", "The refresh token is invalid. Please sign in again."},
	"refresh_reused":            {"이미 사용된 리프레시 토큰입니다. 보안을 위해 모든 기기에서 로그아웃되었습니다.", "This refresh token was already used. For safety, the session was signed out everywhere."},
	"current_password_required": {"새 비밀번호를 설정하려면 현재 비밀번호가 필요합니다.", "Enter your current password to set a new one."},
	"current_password_wrong":    {"현재 비밀번호가 올바르지 않습니다.", "The current password is incorrect."},
	"password_wrong":            {"비밀번호가 올바르지 않습니다.", "The password is incorrect."},
	"user_gone":                 {"계정을 찾을 수 없습니다.", "The account no longer exists."},
	"nothing_to_update":         {"변경할 항목이 없습니다.", "Nothing to update."},
	"confirm_email_required":    {"계정을 삭제하려면 계정의 이메일 주소를 입력해 주세요.", "Type the account's email address to delete it."},
	"confirm_email_wrong":       {"입력한 이메일 주소가 계정의 주소와 다릅니다.", "That is not the account's email address."},

	// sign-in with a provider (reasons of /oauth/error?reason=...)
	"oauth_provider_unknown": {"지원하지 않거나 설정되지 않은 로그인 제공자입니다.", "This sign-in provider is not available."},
	"oauth_cancelled":        {"로그인을 취소했습니다.", "You cancelled the sign-in."},
	"oauth_state":            {"로그인 요청이 만료되었거나 올바르지 않습니다. 처음부터 다시 시도해 주세요.", "The sign-in request expired or is not valid. Please start again."},
	"oauth_code":             {"제공자가 로그인을 확인하지 못했습니다. 다시 시도해 주세요.", "The provider could not confirm the sign-in. Please try again."},
	"oauth_provider":         {"로그인 제공자와 통신하지 못했습니다. 잠시 후 다시 시도해 주세요.", "Could not reach the sign-in provider. Please try again shortly."},
	"oauth_email_unverified": {"제공자 계정에 인증된 이메일이 없습니다. 제공자에서 이메일을 인증한 뒤 다시 시도해 주세요.", "The provider account has no verified email. Verify it there and try again."},
	"oauth_link_required":    {"이 이메일로 가입된 계정이 있습니다. 비밀번호로 로그인한 뒤 프로필에서 연결해 주세요.", "An account with this email exists. Sign in with your password and link the provider from your profile."},
	"oauth_linked_elsewhere": {"이 제공자 계정은 이미 다른 namebot 계정에 연결되어 있습니다.", "This provider account is already linked to another namebot account."},
	"oauth_already_linked":   {"이 계정에는 이미 다른 계정이 연결되어 있습니다.", "Your account is already linked to another account of this provider."},
	"oauth_account_gone":     {"계정을 찾을 수 없습니다.", "The account no longer exists."},

	// chat
	"chat_not_found":    {"채팅방을 찾을 수 없습니다.", "Chat room not found."},
	"quota_exhausted":   {"오늘 질문 %d회를 모두 사용했습니다. %s에 초기화됩니다.", "You have used all %d questions for today. It resets at %s."},
	"model_failed":      {"이름 추천 모델이 응답하지 못했습니다. 질문은 저장되었고 횟수는 차감되지 않았습니다. 다시 시도해 주세요.", "The naming model failed to answer. Your question was kept and not counted; please retry."},
	"model_timeout":     {"이름 추천 모델의 응답이 너무 늦습니다. 질문은 저장되었고 횟수는 차감되지 않았습니다. 다시 시도해 주세요.", "The naming model took too long. Your question was kept and not counted; please retry."},
	"message_in_flight": {"같은 메시지를 처리하는 중입니다. 잠시 후 다시 시도해 주세요.", "This message is already being answered. Try again in a moment."},
	"post_changed":      {"다른 곳에서 게시글이 수정되었습니다. 새로고침 후 다시 시도해 주세요.", "The post was changed elsewhere. Reload and try again."},
	"message_id_reused": {"client_message_id가 다른 내용의 메시지에 이미 사용되었습니다.", "client_message_id was already used for a different message."},

	// the name review
	"names_count": {"이름을 1개 이상 %d개 이하로 입력해 주세요.", "Enter from 1 to %d names."},

	// board
	"post_not_found":        {"게시글을 찾을 수 없습니다.", "Post not found."},
	"notice_managers":       {"공지는 관리자만 작성할 수 있습니다.", "Only managers can post notices."},
	"not_author":            {"작성자만 수정할 수 있습니다.", "Only the author can edit this post."},
	"not_author_or_manager": {"작성자나 관리자만 삭제할 수 있습니다.", "Only the author or a manager can delete this post."},
	"image_missing":         {"업로드된 이미지를 찾을 수 없습니다.", "The uploaded image was not found."},
	"image_invalid":         {"이미지 파일이 올바르지 않습니다 (PNG, JPEG, WebP, GIF, 최대 5MiB).", "The image is not valid (PNG, JPEG, WebP or GIF, at most 5 MiB)."},
}

// Text renders a catalogue key in lang. Unknown keys render as the generic
// internal message so that no internal text can reach a client by accident.
func Text(lang Lang, key string, args ...any) string {
	t, ok := catalogue[key]
	if !ok {
		t = catalogue["internal"]
		args = nil
	}
	s := t[0]
	if lang == English {
		s = t[1]
	}
	if len(args) == 0 && !strings.Contains(s, "%") {
		return s
	}
	return fmt.Sprintf(s, args...)
}
