import type { Metadata } from 'next';
import { ChangePasswordForm } from '@/components/account/change-password-form';
import { HrConsentForm } from '@/components/account/hr-consent-form';
import { formatDate } from '@/lib/core/russian';
import { ownAccount } from '@/lib/server/account/own-account';
import { todayIso } from '@/lib/server/clock';
import { scopedPage } from '@/lib/server/scoped-read';
import { changePasswordAction, recordOwnConsentAction } from './actions';

export const metadata: Metadata = { title: 'Моя учётная запись' };

export default async function AccountPage() {
  const { scope, read } = await scopedPage('account.own', { allowWithOneTimePassword: true });
  const account = await read(ownAccount);
  const consentDate = account.electronicHrConsentDate ? ` ${formatDate(account.electronicHrConsentDate)}` : '';
  return (
    <>
      <h1>Моя учётная запись</h1>
      <p className="muted">{account.email}</p>
      {scope.mustChangePassword && (
        <p className="form-error" role="alert">
          Вы вошли с временным паролем. Придумайте собственный пароль: до этого остальные разделы недоступны.
        </p>
      )}
      <h2>Смена пароля</h2>
      <div className="card">
        <ChangePasswordForm action={changePasswordAction} />
      </div>
      {!scope.mustChangePassword && (
        <>
          <h2>Согласие на электронный кадровый документооборот</h2>
          <div className="card stack">
            <p>
              {account.electronicHrConsent
                ? `Согласие дано${consentDate}${account.electronicHrConsentSource === 'paper' ? ' (на бумаге, отмечено руководителем)' : ''}: ознакомление с документами в приложении имеет силу (ст. 22.1 ТК РФ).`
                : 'Согласие не дано: с кадровыми документами вы знакомитесь на бумаге, под подпись в листе ознакомления. Дав согласие, вы сможете знакомиться с ними в приложении (ст. 22.1 ТК РФ).'}
            </p>
            <HrConsentForm given={account.electronicHrConsent} today={todayIso()} action={recordOwnConsentAction} />
          </div>
        </>
      )}
    </>
  );
}
