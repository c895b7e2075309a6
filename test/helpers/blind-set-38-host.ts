import type { Tpl38 } from './blind-set-38-draw';
import * as g from './blind-set-38-gen';

const A = 'hosting';

/** Control panels (cPanel/WHM, Plesk, DirectAdmin, Webmin), SSH/SFTP/FTP, rsync, .htpasswd, .git/config. */
export const HOST38: Tpl38[] = [
  {
    area: A,
    name: 'cpanel-uapi-token',
    make: (d) => {
      const tok = d.c('cpanel-api-token', g.alnumUpper(d.r, 32));
      const user = d.pick(['oakfenne', 'harbourd', 'bright01']);
      return `curl -H 'Authorization: cpanel ${user}:${tok}' 'https://server${d.int(1, 40)}.agencyhost.net:2083/execute/Email/add_pop?email=info&password=${d.c('mailbox-password', d.r.urlPassword(16))}&domain=${d.client()}'\n{"errors":["The account “${user}” has reached its email quota."],"status":0,"data":null,"metadata":{}}`;
    },
  },
  {
    area: A,
    name: 'whm-api-token',
    make: (d) => {
      const tok = d.c('cpanel-api-token', g.alnumUpper(d.r, 32));
      const pw = d.c('cpanel-account-password', d.r.urlPassword(d.int(14, 20)));
      const u = { last: d.pick(['harbour', 'oakfennel', 'lumen']), email: d.email() };
      return `provisioner: WHM createacct failed\n> GET /json-api/createacct?api.version=1&username=${u.last.toLowerCase().replace(/[^a-z]/g, '').slice(0, 8)}&domain=${d.client()}&password=${pw}&contactemail=${u.email}\n> Authorization: whm root:${tok}\n< {"metadata":{"result":0,"reason":"Sorry, a group for that username already exists."}}`;
    },
  },
  {
    area: A,
    name: 'plesk-api-key',
    make: (d) => {
      const key = d.c('plesk-api-key', d.uuid());
      const pw = d.pw('ftp-password');
      return `plesk-automation ERROR: POST https://plesk.agencyhost.net:8443/api/v2/cli/ftpsubaccount/call\nX-API-Key: ${key}\n{"params":["--create","webdev","-domain","${d.client()}","-passwd","${pw}","-home","/httpdocs"]}\n<- 400 {"code":1,"stdout":"","stderr":"An error occurred during changing of hosting settings: the FTP user already exists"}`;
    },
  },
  {
    area: A,
    name: 'directadmin-login-key',
    make: (d) => {
      const key = d.c('directadmin-login-key', d.b62(64));
      const b64 = Buffer.from(`admin|${key}`).toString('base64');
      return `[DA backup cron] curl: (22) The requested URL returned error: 401\n  curl --request POST --user 'admin|${key}' https://da1.agencyhost.net:2222/CMD_API_ADMIN_BACKUP\n  Authorization: Basic ${d.c('basic-auth-b64', b64)}`;
    },
  },
  {
    area: A,
    name: 'sshd-auth-log',
    make: (d) => {
      const ip1 = d.ip();
      const ip2 = d.ip();
      const pw = d.pw('ssh-password');
      return `Nov ${d.int(10, 28)} 0${d.int(1, 9)}:12:44 web-07 sshd[${d.int(1000, 65000)}]: Accepted password for clientftp from ${ip1} port ${d.int(40000, 65000)} ssh2\nNov 14 03:12:49 web-07 sshd[2211]: Invalid user ${pw} from ${ip2} port 51822\nNov 14 03:12:49 web-07 sshd[2211]: Failed password for invalid user ${pw} from ${ip2} port 51822 ssh2\n(fail2ban: password typed into the username prompt by a staff member)`;
    },
  },
  {
    area: A,
    name: 'lftp-rsync-deploy',
    make: (d) => {
      const pw = d.c('ftp-password', d.r.urlPassword(18));
      const rs = d.pw('rsync-password');
      return `deploy.sh: line 41: lftp -u "${d.pick(['deploy', 'webdev', 'ftp_' + d.hex(4)])},${pw}" -e "mirror -R --delete ./dist /public_html; bye" ftp.${d.client()}\nmirror: Login failed: 530 Login authentication failed\n+ RSYNC_PASSWORD='${rs}' rsync -avz --delete ./uploads/ backup@nas.agency.lan::sites/${d.client()}/\n@ERROR: auth failed on module sites`;
    },
  },
  {
    area: A,
    name: 'htpasswd-exposed',
    make: (d) => {
      const apr = d.c('password-hash', `$apr1$${d.r.chars('./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 8)}$${d.r.chars('./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 22)}`);
      const bc = d.c('password-hash', `$2y$05$${d.r.chars('./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 53)}`);
      const plain = d.pw('basic-auth-password');
      return `Security scan: https://staging.${d.client()}/.htpasswd served as text/plain\nclient:${apr}\nagency:${bc}\n# ${d.pick(['temp', 'shared with client', 'staging'])} login -> client / ${plain}\n.htaccess: AuthType Basic / AuthUserFile /home/staging/.htpasswd / Require valid-user`;
    },
  },
  {
    area: A,
    name: 'git-config-credentials',
    make: (d) => {
      const gh = d.c('github-token', g.githubToken(d.r, d.pick(['ghp_', 'gho_'])));
      const gl = d.c('gitlab-token', `glpat-${d.r.b64url(15)}`);
      return `Exposed .git directory on https://${d.client()}/.git/config\n[core]\n\trepositoryformatversion = 0\n\tbare = false\n[remote "origin"]\n\turl = https://x-access-token:${gh}@github.com/agency/${d.client().split('.')[0]}.git\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n[remote "gitlab"]\n\turl = https://oauth2:${gl}@gitlab.com/agency/themes.git`;
    },
  },
  {
    area: A,
    name: 'webmin-mysql-root',
    make: (d) => {
      const pw = d.c('db-root-password', d.r.urlPassword(18));
      const wm = d.pw('webmin-password');
      return `Webmin ${d.pick(['2.105', '2.202'])} action log (miniserv.log) on vps-${d.int(10, 99)}:\n${d.ip()} - root [${d.int(10, 28)}/Nov/2026:04:11:09 +0000] "POST /mysql/save_pass.cgi HTTP/1.1" 200\n  args: user=root&pass_def=0&pass=${pw}\nlogin attempt: user=root pass=${wm} (Webmin debug mode is ON)`;
    },
  },
  {
    area: A,
    name: 'docker-compose-wordpress',
    make: (d) => {
      const root = d.pw('db-root-password');
      const pw = d.pw('db-password');
      const sftp = d.pw('sftp-password');
      return `docker compose up -d (staging box): Error response from daemon: driver failed programming external connectivity\ndocker compose config:\nservices:\n  db:\n    image: mariadb:11\n    environment:\n      MARIADB_ROOT_PASSWORD: '${root}'\n      MARIADB_PASSWORD: '${pw}'\n  wordpress:\n    environment:\n      WORDPRESS_DB_PASSWORD: '${pw}'\n  sftp:\n    command: ["client:${sftp}:1001"]`;
    },
  },
  {
    area: A,
    name: 'filezilla-sitemanager',
    make: (d) => {
      const pw1 = d.pw('ftp-password');
      const b1 = d.c('ftp-password-b64', Buffer.from(pw1).toString('base64'));
      const pw2 = d.pw('sftp-password');
      const b2 = d.c('ftp-password-b64', Buffer.from(pw2).toString('base64'));
      return `DLP: sitemanager.xml attached to ticket WEB-${d.int(100, 999)} (old password noted in comment: ${pw1})\n<FileZilla3 version="3.68.1" platform="windows">\n  <Servers>\n    <Server><Host>ftp.${d.client()}</Host><Port>21</Port><Protocol>0</Protocol><User>webdev</User><Pass encoding="base64">${b1}</Pass><Name>${d.client()} live</Name></Server>\n    <Server><Host>sftp.agencyhost.net</Host><Port>22</Port><Protocol>1</Protocol><User>client</User><Pass encoding="base64">${b2}</Pass></Server>\n  </Servers>\n</FileZilla3>\n# second site password for reference: ${pw2}`;
    },
  },
];
