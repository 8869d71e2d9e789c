import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { OrderWizard } from '@/components/district/order-wizard';
import { AppError } from '@/lib/core/errors';
import { plural } from '@/lib/core/russian';
import { STYLE_LABELS } from '@/lib/domain/district/order-data';
import { nameParts, prefill } from '@/lib/domain/district/order-prefill';
import { todayIso } from '@/lib/server/clock';
import { districtOrderBase } from '@/lib/server/district/order-base';
import { scopedPage } from '@/lib/server/scoped-read';
import { saveDistrictOrderAction } from '../actions';

export const metadata: Metadata = { title: 'Новый приказ муниципалитета' };

export default async function NewDistrictOrderPage({ searchParams }: { searchParams: Promise<{ style?: string }> }) {
  const { scope, read } = await scopedPage('district.orders');
  const { style } = await searchParams;
  if (style !== 'regulation' && style !== 'duties') notFound();
  const base = await read(districtOrderBase).catch((e: unknown) => {
    if (e instanceof AppError && e.code === 'VALIDATION') return e;
    throw e;
  });
  if (base instanceof AppError) {
    return (
      <>
        <h1>Новый приказ</h1>
        <p className="notice">{base.message}</p>
      </>
    );
  }
  const defaults = prefill(style, { district: base.district, coordinator: nameParts(scope.fullName), today: todayIso() });
  return (
    <>
      <h1>Новый приказ: {STYLE_LABELS[style].split(' (')[0]}</h1>
      <p className="muted">
        Реквизиты и подпись берутся из сведений об управлении ({base.requisites.headPosition} {base.requisites.head.lastName}).
        Лист ознакомления: {base.heads.length} {plural(base.heads.length, ['руководитель', 'руководителя', 'руководителей'])} школ; он обновится при издании, если
        добавятся школы.
      </p>
      {base.heads.length === 0 && <p className="notice">У школ муниципалитета нет учётных записей руководителей: лист ознакомления будет пустым.</p>}
      <OrderWizard defaultValues={defaults} save={saveDistrictOrderAction} />
    </>
  );
}
