// Shared props of the introduction form's parts.
import type { Control, FieldErrors, UseFormRegister } from 'react-hook-form';
import type { Introduction, IntroductionInput } from '@/lib/domain/validations/introduction';

export interface StaffOption {
  id: string;
  name: string;
  position: string;
  gender: 'male' | 'female' | null;
}

export interface PartProps {
  control: Control<IntroductionInput, unknown, Introduction>;
  register: UseFormRegister<IntroductionInput>;
  errors: FieldErrors<IntroductionInput>;
}
