import { Field, ObjectType } from 'type-graphql';

@ObjectType('ViewerCan', {
  description:
    'What the signed-in viewer may do outside any one plan, by the server’s policy (the screen asks, never guesses).',
})
export class ViewerCan {
  @Field(() => Boolean, { description: '新建方案: create a new draft plan (createPlan).' })
  createPlan!: boolean;

  @Field(() => Boolean, { description: '部门管理: change the department register at all (the page is offered).' })
  manageDepartments!: boolean;

  @Field(() => Boolean, {
    description:
      '部门联系方式: set departments’ and other people’s e-mail and group robots (addContact with an owner).',
  })
  manageContacts!: boolean;

  @Field(() => Boolean, { description: '发送记录: read the delivery log (deliveryLog) and resend failed deliveries.' })
  readDeliveries!: boolean;
}
