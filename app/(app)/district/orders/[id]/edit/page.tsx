import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { OrderWizard } from '@/components/district/order-wizard';
import { loadDistrictOrder, orderFormInput } from '@/lib/server/district/load-order';
import { notFoundOnAppError } from '@/lib/server/not-found';
import { scopedPage } from '@/lib/server/scoped-read';
import { saveDistrictOrderAction } from '../../actions';

export const metadata: Metadata = { title: 'Проект приказа' };

export default async function EditDistrictOrderPage({ params }: { params: Promise<{ id: string }> }) {
  const { read } = await scopedPage('district.orders');
  const { id } = await params;
  const { doc } = await notFoundOnAppError(read(loadDistrictOrder, id));
  if (doc.status !== 'draft') redirect(`/district/orders/${doc.id}`);
  return (
    <>
      <h1>Проект приказа: {doc.title}</h1>
      <OrderWizard defaultValues={orderFormInput(doc)} save={saveDistrictOrderAction} documentId={doc.id} />
    </>
  );
}
