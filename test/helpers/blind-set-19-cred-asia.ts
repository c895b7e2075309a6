import { jsonU, pyBytes, uEsc, fullWidth, b64s, qp, mimeB } from './blind-set-19-enc';
import { genPw, jwt, pem, pw, tok } from './blind-set-19-tokens';
import { cred, iso19, pos, type PosCase19 } from './blind-set-19-types';

/** Credentials in Japanese, Chinese, Korean and Hindi error logs and payloads. */
const ID = 'cred-asia';
export const credAsia: PosCase19[] = [
  (r) => {
    const k = tok(r, 'alibaba-key-id'),
      s = tok(r, 'alibaba-secret');
    const t = r.pick([
      `[ERROR] ${iso19(r)} 阿里云 OSS 上传失败: SignatureDoesNotMatch  AccessKeyId=${k} AccessKeySecret=${s} 请检查密钥配置`,
      `ALIBABA_CLOUD_ACCESS_KEY_ID=${k}\nALIBABA_CLOUD_ACCESS_KEY_SECRET=${s}\n# 上传失败后导出的环境变量`,
    ]);
    return pos(`${ID}/aliyun-oss-zh`, t, cred('alibaba-key-id', k), cred('alibaba-secret', s));
  },
  (r) => {
    const k = tok(r, 'tencent-secret-id'),
      s = tok(r, 'tencent-secret-key');
    return pos(
      `${ID}/tencent-cos-json-u`,
      `{"level":"error","msg":${jsonU('腾讯云 COS 鉴权失败')},"config":${jsonU({ SecretId: k, SecretKey: s, Region: 'ap-guangzhou' })}}`,
      cred('tencent-secret-id', k),
      cred('tencent-secret-key', s),
    );
  },
  (r) => {
    const p = pw(r);
    const label = r.pick(['密码:', '密码：', '口令=']);
    return pos(`${ID}/mysql-zh-label`, `2026-11-0${r.int(1, 9)} 10:2${r.int(0, 9)}:11 [main] 数据库连接失败 用户名: app_rw ${label}${p} 主机: 10.12.${r.int(0, 255)}.7:3306`, cred('password', p));
  },
  (r) => {
    const p = pw(r);
    return pos(`${ID}/jp-fullwidth-label`, `【エラー】DB接続に失敗しました\u3000ユーザー：batch_user\u3000パスワード：${p}\u3000ホスト：db-tokyo-01`, cred('password', p));
  },
  (r) => {
    const p = genPw(r);
    return pos(`${ID}/jp-yaml-unicode-keys`, `# 本番設定（誤ってSlackに貼られたもの）\nデータベース:\n  ホスト: pg.prod.internal\n  ユーザー: orders\n  パスワード: "${p}"\n`, cred('password', p));
  },
  (r) => {
    const p = pw(r);
    const key = r.pick(['비밀번호', '암호', 'password']);
    return pos(`${ID}/kr-form-log`, `[WARN] 로그인 실패 요청 본문: 아이디=minjun.k&${key}=${p}&자동로그인=on`, cred('password', p));
  },
  (r) => {
    const t = tok(r, 'line-channel-token');
    return pos(
      `${ID}/line-messaging-jp`,
      `LINE Messaging API 送信エラー (401)\nAuthorization: Bearer ${t}\nX-Line-Retry-Key: ${r.hex(8)}-${r.hex(4)}-4${r.hex(3)}-a${r.hex(3)}-${r.hex(12)}\nメッセージ: 認証に失敗しました`,
      cred('line-channel-token', t),
    );
  },
  (r) => {
    const t = tok(r, 'kakao-admin-key');
    return pos(`${ID}/kakao-admin-key`, `카카오 API 호출 실패: {"code":-401,"msg":"유효하지 않은 앱키"} headers={'Authorization': 'KakaoAK ${t}'}`, cred('kakao-admin-key', t));
  },
  (r) => {
    const id = r.b62(20),
      s = tok(r, 'naver-client-secret');
    return pos(`${ID}/naver-papago-headers`, `네이버 파파고 번역 오류 024\n  X-Naver-Client-Id: ${id}\n  X-Naver-Client-Secret: ${s}`, cred('naver-client-secret', s));
  },
  (r) => {
    const s = tok(r, 'wechat-appsecret');
    return pos(
      `${ID}/wechat-token-url`,
      `微信接口调用失败 errcode=40125 invalid appsecret, url=https:\\/\\/api.weixin.qq.com\\/cgi-bin\\/token?grant_type=client_credential&appid=wx${r.hex(16)}&secret=${s}`,
      cred('wechat-appsecret', s),
    );
  },
  (r) => {
    const k = r.b62(32);
    return pos(`${ID}/wechatpay-v3-key`, `# 微信支付配置导出\nwxpay.mch-id=16${r.digits(8)}\nwxpay.api-v3-key=${k}\nwxpay.cert-serial=${r.hex(40).toUpperCase()}`, cred('wechatpay-apiv3-key', k));
  },
  (r) => {
    const k = pem(r, 'PRIVATE KEY', 1200);
    return pos(`${ID}/alipay-private-key`, `支付宝 SDK 初始化失败: 私钥格式错误\nalipay.app-private-key=\n${k}\n请使用 PKCS8 格式`, cred('private-key', k));
  },
  (r) => {
    const t = tok(r, 'payjp-secret');
    return pos(
      `${ID}/payjp-curl`,
      `$ curl https://api.pay.jp/v1/charges -u ${t}: -d amount=3500 -d currency=jpy\n{"error":{"message":"カードが拒否されました","status":402}}`,
      cred('payjp-secret', t),
    );
  },
  (r) => {
    const t = tok(r, 'toss-secret');
    const b = b64s(`${t}:`);
    return pos(`${ID}/toss-basic-header`, `토스페이먼츠 결제 승인 실패 (UNAUTHORIZED_KEY)\nAuthorization: Basic ${b}\n요청 ID: ${r.hex(12)}`, cred('basic-b64', b));
  },
  (r) => {
    const t = tok(r, 'toss-secret');
    return pos(`${ID}/toss-secret-env`, `TOSS_SECRET_KEY=${t} # 결제 위젯 시크릿 키 (운영)`, cred('toss-secret', t));
  },
  (r) => {
    const k = tok(r, 'razorpay-key-id'),
      s = tok(r, 'razorpay-secret');
    return pos(`${ID}/razorpay-hi`, `त्रुटि: भुगतान विफल रहा (BAD_REQUEST_ERROR)\nrazorpay.Client(auth=("${k}", "${s}"))`, cred('razorpay-key-id', k), cred('razorpay-secret', s));
  },
  (r) => {
    const k = tok(r, 'paytm-merchant-key');
    return pos(`${ID}/paytm-merchant-key`, `Paytm checksum mismatch — मर्चेंट कुंजी गलत है\nPAYTM_MERCHANT_KEY="${k}"\nPAYTM_MID=Acme${r.digits(14)}`, cred('paytm-merchant-key', k));
  },
  (r) => {
    const p = pw(r);
    return pos(`${ID}/hindi-label`, `लॉगिन विफल: उपयोगकर्ता=ravi.k पासवर्ड=${p} (प्रयास 3/5)`, cred('password', p));
  },
  (r) => {
    const t = tok(r, 'openai-key');
    return pos(
      `${ID}/openai-py-bytes`,
      `DEBUG:httpcore.http11:send_request_headers.started request=<Request [b'POST']>\nsend: b'POST /v1/chat/completions HTTP/1.1\\r\\nAuthorization: Bearer ${t}\\r\\n\\r\\n{"messages":[{"role":"user","content":"${pyBytes('請求書を要約して')}"}]}'`,
      cred('openai-key', t),
    );
  },
  (r) => {
    const t = tok(r, 'anthropic-key');
    return pos(
      `${ID}/anthropic-java-props`,
      `# application.properties (native2ascii)\n${uEsc('# 本番用 APIキー')}\nanthropic.api-key=${t}\n${uEsc('app.greeting=ようこそ')}`,
      cred('anthropic-key', t),
    );
  },
  (r) => {
    const t = tok(r, 'deepseek-key');
    return pos(`${ID}/deepseek-zh`, `调用 DeepSeek 失败: 401 Authentication Fails, api_key=${t} 余额不足或密钥无效`, cred('deepseek-key', t));
  },
  (r) => {
    const t = tok(r, 'google-api-key');
    return pos(
      `${ID}/gmaps-jp-url`,
      `Google Maps ジオコーディング失敗: REQUEST_DENIED\nGET https://maps.googleapis.com/maps/api/geocode/json?address=%E6%9D%B1%E4%BA%AC%E9%A7%85&key=${t}&language=ja`,
      cred('google-api-key', t),
    );
  },
  (r) => {
    const u = 'deploy',
      p = genPw(r);
    return pos(`${ID}/redis-url-zh`, `缓存不可用: Error connecting to redis://${u}:${p}@10.8.${r.int(0, 255)}.21:6379/0 (连接超时)`, cred('password', p));
  },
  (r) => {
    const p = genPw(r);
    return pos(`${ID}/mongo-json-slash`, `{"msg":${jsonU('MongoDB 接続エラー')},"uri":"mongodb+srv:\\/\\/app:${p}@cluster0.ab${r.hex(3)}.mongodb.net\\/shop?retryWrites=true"}`, cred('password', p));
  },
  (r) => {
    const t = tok(r, 'slack-bot');
    return pos(
      `${ID}/slack-jp-go-repr`,
      `slack: 送信失敗: &http.Request{Method:"POST", Header:http.Header{"Authorization":[]string{"Bearer ${t}"}}, Body:"${uEsc('本番デプロイ完了')}"}`,
      cred('slack-bot', t),
    );
  },
  (r) => {
    const t = tok(r, 'github-pat');
    return pos(`${ID}/github-kr`, `git push 실패: remote: Invalid username or password.\nfatal: 'https://minjun:${t}@github.com/acme-kr/app.git/' 인증 실패`, cred('github-pat', t));
  },
  (r) => {
    const p = pw(r);
    return pos(
      `${ID}/jp-qp-mail`,
      `Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable\n\n${qp(`仮パスワードを発行しました。\nパスワード: ${p}\nログイン後に変更してください。`)}`,
      cred('password', p),
    );
  },
  (r) => {
    const p = pw(r);
    return pos(`${ID}/cn-mime-subject`, `Subject: ${mimeB('您的临时密码')}\nFrom: ${mimeB('运维中心')} <noreply@ops.huaxin-tech.cn>\n\n临时密码 ${p} ，请在24小时内修改。`, cred('password', p));
  },
  (r) => {
    const j = jwt(r, { sub: String(r.int(100000, 999999)), iss: 'https://auth.kakaobank.example', scope: 'transfer', exp: 1798000000 });
    return pos(`${ID}/kr-jwt-header`, `토큰 만료 오류: Authorization=Bearer ${j}`, cred('jwt', j));
  },
  (r) => {
    const k = tok(r, 'aws-key-id'),
      s = tok(r, 'aws-secret');
    return pos(`${ID}/aws-jp-csv`, `\ufeffユーザー名,アクセスキー ID,シークレットアクセスキー\ncsv-export-bot,${k},${s}`, cred('aws-key-id', k), cred('aws-secret', s));
  },
  (r) => {
    const p = pw(r);
    const f = fullWidth(p);
    return pos(`${ID}/jp-fullwidth-pw`, `入力値チェックエラー：パスワードに全角文字が含まれています（入力：${f}）`, cred('password-fullwidth', f));
  },
  (r) => {
    const t = tok(r, 'hf-token');
    return pos(`${ID}/hf-zh-py`, `OSError: 无法下载模型，token=${r.pick([`'${t}'`, `"${t}"`])} 可能已过期 (HTTP 401)`, cred('hf-token', t));
  },
  (r) => {
    const t = tok(r, 'fcm-server-key');
    return pos(`${ID}/fcm-jp`, `プッシュ通知送信失敗 InvalidRegistration\nAuthorization: key=${t}`, cred('fcm-server-key', t));
  },
  (r) => {
    const t = tok(r, 'docker-pat');
    return pos(`${ID}/docker-login-zh`, `$ echo ${t} | docker login -u huaxin-ci --password-stdin\nError response from daemon: 登录失败`, cred('docker-pat', t));
  },
  (r) => {
    const p = genPw(r, 16);
    return pos(`${ID}/jdbc-kr`, `java.sql.SQLException: 접속 실패 url=jdbc:mysql://db.kr-prod:3306/shop?user=shop_app&password=${p}&characterEncoding=UTF-8`, cred('password', p));
  },
];
