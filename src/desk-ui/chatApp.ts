/**
 * Chat apps' built-in browsers (WeChat, QQ, WeCom, DingTalk, Feishu) ignore or swallow downloads, and a link
 * to the map is most often opened in one of them: the desk says so and how to reach a real browser.
 * Recognised by the user agent's own marks, which these apps add for their web pages to read.
 */
const marks = [/MicroMessenger\//i, /\bwxwork\//i, /\bQQ\/\d/, /\bDingTalk\//i, /\bLark\/|\bFeishu\//i];

export function inChatApp(userAgent: string): boolean {
  return marks.some((m) => m.test(userAgent));
}
