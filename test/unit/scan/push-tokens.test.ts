import { describe, expect, it } from 'vitest';
import { createScanner, isLeak } from '../../../src/scan';

// A device's push address (APNs device token, FCM registration token) names one app install: only the
// sender's key can push to it, so it is an identifier (blind set 29's look-alikes). The keys that send
// (FCM legacy server keys, `api_token` values of the same shape) stay leaks.
const scanner = createScanner();
const leaks = (t: string): string[] => scanner.scan(t).filter(isLeak).map((f) => `${f.detector}:${t.slice(f.start, f.end)}`);
const hex64 = '8773a44d9074b805ad1357b1255e6dd7267a182d6985d562e838ba84b6e9a1b2';
const fcm = `kSRIVBcjGggVg3pskrQpUQ:APA91b${'0Kju46054bvulwGebiWaVx3ptLJDPDB_kSRIVBcjGggVg3pskrQpUQ-'.repeat(2)}`;
const serverKey = `AAAAq9x7Zb4:APA91b${'Hk3Lm9Qw2Er5Ty7Ui8Op0As1Df2Gh3Jk4Lz5Xc6Vb7Nm8Qw9Er0Ty1Ui2Op3As4'.repeat(2)}`;

describe('push tokens', () => {
  it('does not report device tokens under device/push key names', () => {
    expect(leaks(`APNs 410 Unregistered device_token=${hex64}`)).toEqual([]);
    expect(leaks(`{"deviceToken": "${hex64}", "platform": "ios"}`)).toEqual([]);
    expect(leaks(`apns_token=${hex64}`)).toEqual([]);
    expect(leaks(`fcmToken=${fcm}`)).toEqual([]);
  });

  it('does not report an FCM registration token under a bare token key', () => {
    expect(leaks(`FCM send failed: {"message":{"token":"${fcm}","notification":{"title":"Boarding soon"}}}`)).toEqual([]);
  });

  it('still reports the keys that send, and secrets of the same shape under secret keys', () => {
    expect(leaks(`FCM_SERVER_KEY=${serverKey}`)).toEqual([`firebase-fcm-server-key:${serverKey}`]);
    expect(leaks(`{"token":"${serverKey}"}`).length).toBe(1);
    expect(leaks(`api_token=${hex64}`)).toEqual([`secret-assignment:${hex64}`]);
    expect(leaks('registration_token=glrt-Xk9vQ2mZ7pL4wR8tY1nB')).toEqual(['gitlab-token:glrt-Xk9vQ2mZ7pL4wR8tY1nB']);
    // Tokens that push code or builds, not notifications: secrets.
    expect(leaks('GEMFURY_PUSH_TOKEN=jgfied37F1ncIBTAEZMf').length).toBe(1);
    expect(leaks('EXPO_TOKEN=3LXTPCTKcbxysgEOADUSKUfZ7eDce7UwuHGT3dvg').length).toBe(1);
  });
});
